import type { KioskFairResponse } from './kiosk-dto';

/**
 * Built kiosk answers per fair and business date, kept for a few seconds. Every screen at a fair
 * polls the same answer; building it costs two queries and the field-by-field mapping, which the
 * bench showed holding the embedded database's event loop for ~7 ms a request. Entries expire by
 * time only, so several server instances stay correct: a change reaches the screens within the TTL.
 */
export interface KioskFairCache {
  get(key: string, now: number): KioskFairResponse | undefined;
  set(key: string, value: KioskFairResponse, now: number): void;
}

export function createKioskFairCache(opts: { ttlMs: number; maxEntries: number }): KioskFairCache {
  const entries = new Map<string, { value: KioskFairResponse; expiresAt: number }>();
  return {
    get(key, now) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return hit.value;
    },
    set(key, value, now) {
      entries.delete(key);
      // Oldest first in a Map's order: drop from the front to stay bounded.
      while (entries.size >= opts.maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAt: now + opts.ttlMs });
    },
  };
}
