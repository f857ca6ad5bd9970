import type { NextFunction, Request, Response } from 'express';
import { isKioskPath, type KioskHttpOptions, procedurePaths } from './kiosk-http-options';

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets per key, in memory: `burst` tokens, refilled at `ratePerMinute`. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly options: KioskHttpOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.ratePerMinute / 60_000;
  }

  /** Takes `cost` tokens for `key`; returns 0 if granted, else the milliseconds until it would be. */
  take(key: string, cost: number): number {
    const t = this.now();
    const old = this.buckets.get(key);
    const tokens = old
      ? Math.min(this.options.burst, old.tokens + (t - old.at) * this.perMs)
      : this.options.burst;
    // Re-inserting keeps the map in least-recently-seen order for eviction.
    this.buckets.delete(key);
    if (tokens >= cost) {
      this.buckets.set(key, { tokens: tokens - cost, at: t });
      this.evict();
      return 0;
    }
    this.buckets.set(key, { tokens, at: t });
    this.evict();
    return Math.ceil((cost - tokens) / this.perMs);
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.options.maxClients) return;
      this.buckets.delete(key);
    }
  }
}

/** A tRPC-shaped 429, one per call of a batch, so every client reads it like any other error. */
function tooMany(path: string) {
  const messages = { zh: '请求过于频繁,请稍后再试', en: 'Too many requests; please try again shortly' };
  return {
    error: {
      message: messages.en,
      code: -32029,
      data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path, domainCode: 'TOO_MANY_ATTEMPTS', messages },
    },
  };
}

/** Limits `kiosk.*` calls per client address; each procedure of a batch costs one token. */
export function kioskRateLimit(options: KioskHttpOptions, now?: () => number) {
  const buckets = new TokenBuckets(options, now);
  return (req: Request, res: Response, next: NextFunction): void => {
    const kioskPaths = procedurePaths(req).filter(isKioskPath);
    if (kioskPaths.length === 0) {
      next();
      return;
    }
    const waitMs = buckets.take(req.ip ?? 'unknown', kioskPaths.length);
    if (waitMs === 0) {
      next();
      return;
    }
    const paths = procedurePaths(req);
    res.status(429).setHeader('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
    res.json(req.query.batch ? paths.map(tooMany) : tooMany(paths[0] ?? ''));
  };
}
