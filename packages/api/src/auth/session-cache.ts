import { inBackground } from '@bangfu/db';
import type { AuthSettings, StaffActor, WorkerActor } from '../context';

/** Last-seen is written at most this often. */
export const TOUCH_EVERY_MS = 60_000;

interface Entry<T> {
  readonly actor: T;
  readonly cachedAt: number;
  /** The session's absolute end. */
  readonly endsAt: number;
  lastUsed: number;
  /** When last-seen was last written to the database. */
  touchedAt: number;
}

export interface SessionCacheOptions {
  /** An entry is read again from the database this long after it was cached, however busy. */
  readonly maxAgeMs: number;
  /** A session unused this long has ended (the idle limit); the database then decides. */
  readonly idleMs: number;
  /** How often a busy session's last-seen is written (without the request waiting for it). */
  readonly touchEveryMs: number;
  readonly maxEntries: number;
}

export interface CachedSession<T> {
  readonly actor: T;
  /** True when the caller should write last-seen now (in the background). */
  readonly touchDue: boolean;
}

/** Resolved sessions by token hash; bounded, least recently cached evicted first. */
export class SessionCache<T> {
  readonly #entries = new Map<string, Entry<T>>();

  constructor(private readonly opts: SessionCacheOptions) {}

  get(tokenHash: string, now: Date): CachedSession<T> | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    const t = now.getTime();
    const { maxAgeMs, idleMs, touchEveryMs } = this.opts;
    if (t >= entry.endsAt || t - entry.cachedAt >= maxAgeMs || t - entry.lastUsed > idleMs) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    entry.lastUsed = t;
    const touchDue = t - entry.touchedAt >= touchEveryMs;
    if (touchDue) entry.touchedAt = t;
    return { actor: entry.actor, touchDue };
  }

  /** Keeps `actor`, read from the database at `now` (which wrote or confirmed its last-seen). */
  set(tokenHash: string, actor: T, now: Date, sessionEnds: Date): void {
    const t = now.getTime();
    this.#entries.delete(tokenHash);
    this.#entries.set(tokenHash, {
      actor,
      cachedAt: t,
      endsAt: sessionEnds.getTime(),
      lastUsed: t,
      touchedAt: t,
    });
    if (this.#entries.size > this.opts.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  drop(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  dropWhere(matches: (actor: T) => boolean): void {
    for (const [hash, entry] of this.#entries) if (matches(entry.actor)) this.#entries.delete(hash);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * Sessions resolved recently, so a request need not read the database to learn who sent it — on
 * the embedded engine a long write (an import, a 送温暖 chunk) holds its one session. Used where
 * one process owns the database: every sign-out, PIN change, activation and retention run passes
 * through this process and drops what it ends. Idle and absolute expiry stay exact; last-seen is
 * still written once a minute, in the background.
 */
export interface SessionCaches {
  readonly staff: SessionCache<StaffActor>;
  readonly worker: SessionCache<WorkerActor>;
}

export function createSessionCaches(opts: SessionCacheOptions): SessionCaches {
  return { staff: new SessionCache<StaffActor>(opts), worker: new SessionCache<WorkerActor>(opts) };
}

/**
 * The cached actor for a token, if any. When last-seen is due, `touch` writes it without the
 * request waiting (background work); a lost write can only end a session early.
 */
export function fromCache<T>(
  cache: SessionCache<T> | undefined,
  tokenHash: string,
  now: Date,
  touch: () => Promise<unknown>,
): T | undefined {
  const hit = cache?.get(tokenHash, now);
  if (hit?.touchDue) inBackground(touch).catch(() => undefined);
  return hit?.actor;
}

/** The cache's limits from the sign-in settings: idle as configured, read again every 15 min. */
export function sessionCacheOptions(auth: Pick<AuthSettings, 'sessionIdleMinutes'>): SessionCacheOptions {
  return {
    maxAgeMs: 15 * 60_000,
    idleMs: auth.sessionIdleMinutes * 60_000,
    touchEveryMs: TOUCH_EVERY_MS,
    maxEntries: 20_000,
  };
}
