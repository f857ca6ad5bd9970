import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Work nobody is waiting on at a screen: an Excel import, a 送温暖 batch, a scheduled job. On the
 * embedded database (one session) its statements queue behind people's requests, so a long batch
 * does not hold every page; on PostgreSQL (a pool) it changes nothing.
 */
const background = new AsyncLocalStorage<true>();

/** Runs `work` (and everything it awaits) as background work. */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/** True inside {@link inBackground}. */
export function isBackground(): boolean {
  return background.getStore() === true;
}

/**
 * Lets the event loop take in network input before going on. PGlite runs in this thread and its
 * statements resolve without ever yielding to I/O, so a batch must step aside explicitly or no
 * request is even read until it ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
