import type { Request } from 'express';

/** The kiosk's HTTP budget, in one place. Per client address, for calls to `kiosk.*` procedures. */
export interface KioskHttpOptions {
  /** Sustained calls a client address may make per minute. */
  readonly ratePerMinute: number;
  /** Calls a client address may make at once before the sustained rate applies. */
  readonly burst: number;
  /** Client addresses remembered at most; the longest-idle are forgotten first, so memory stays bounded. */
  readonly maxClients: number;
}

/** A fair's kiosks poll every few seconds; a visitor's phone opens a page or two. */
export const DEFAULT_KIOSK_HTTP_OPTIONS: KioskHttpOptions = {
  ratePerMinute: 120,
  burst: 60,
  maxClients: 10_000,
};

const KIOSK_PREFIX = 'kiosk.';

/** The procedure paths of a /trpc request ('/kiosk.fair,kiosk.position' under the /trpc mount). */
export function procedurePaths(req: Request): string[] {
  let path: string;
  try {
    path = decodeURIComponent(req.path.replace(/^\//, ''));
  } catch {
    return [];
  }
  return path.split(',').filter((p) => p.length > 0);
}

export const isKioskPath = (path: string): boolean => path.startsWith(KIOSK_PREFIX);
