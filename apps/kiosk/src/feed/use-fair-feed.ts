import { useEffect, useState } from 'react';
import { type FairFetch, fetchFair, RateLimitedError } from '../api/kiosk-api';
import type { KioskFairView } from '../api/types';
import { retryDelayMs } from './backoff';

export interface FairFeed {
  /** The last listing the server gave; kept through outages, dropped only when the fair is gone. */
  view: KioskFairView | null;
  /** The server said there is no such published fair. */
  missing: boolean;
  /** The last fetch failed (or the browser says it is offline); `view` may be stale. */
  offline: boolean;
}

const INITIAL: FairFeed = { view: null, missing: false, offline: false };
/** Focus, `online` and visibility can fire together; one fetch answers them all. */
const POKE_COOLDOWN_MS = 2_000;

function applyFetch(prev: FairFeed, r: FairFetch): FairFeed {
  switch (r.kind) {
    case 'fresh':
      return { view: r.view, missing: false, offline: false };
    case 'not-modified':
      // Same data: keep the same state object (no re-render) unless the badge must go.
      return prev.offline ? { ...prev, offline: false } : prev;
    case 'not-found':
      return { view: null, missing: true, offline: false };
  }
}

/**
 * Keeps one fair's listing fresh on a screen nobody attends: fetches every `refreshMs`, again on
 * focus / `online` / becoming visible, retries failures with backoff, and never grows — one timer,
 * one request in flight, the state replaced rather than appended to, everything undone on unmount.
 */
export function useFairFeed(fairId: string, refreshMs: number): FairFeed {
  const [feed, setFeed] = useState<FairFeed>(INITIAL);

  useEffect(() => {
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | null = null;
    let etag: string | null = null;
    let failures = 0;
    let lastStart = 0;

    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(load, ms);
    };

    async function load(): Promise<void> {
      if (inFlight || disposed) return;
      clearTimeout(timer);
      lastStart = Date.now();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const r = await fetchFair(fairId, etag, controller.signal);
        if (disposed) return;
        failures = 0;
        if (r.kind === 'fresh') etag = r.etag;
        if (r.kind === 'not-found') etag = null;
        setFeed((prev) => applyFetch(prev, r));
        schedule(refreshMs);
      } catch (err) {
        if (disposed) return;
        failures += 1;
        const backoff = retryDelayMs(failures, refreshMs, Math.random());
        if (err instanceof RateLimitedError) {
          // The server is there and answering; only wait longer.
          schedule(Math.max(err.retryAfterMs, backoff));
        } else {
          setFeed((prev) => (prev.offline ? prev : { ...prev, offline: true }));
          schedule(backoff);
        }
      } finally {
        if (inFlight === controller) inFlight = null;
      }
    }

    const poke = () => {
      if (Date.now() - lastStart >= POKE_COOLDOWN_MS) void load();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') poke();
    };
    const onOffline = () => setFeed((prev) => (prev.offline ? prev : { ...prev, offline: true }));

    window.addEventListener('focus', poke);
    window.addEventListener('online', poke);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    void load();
    return () => {
      disposed = true;
      clearTimeout(timer);
      inFlight?.abort();
      window.removeEventListener('focus', poke);
      window.removeEventListener('online', poke);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [fairId, refreshMs]);

  return feed;
}
