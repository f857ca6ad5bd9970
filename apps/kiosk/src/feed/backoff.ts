/** The first retry after a failed fetch; each further failure doubles it, up to the refresh interval. */
export const FIRST_RETRY_MS = 5_000;

/**
 * When to try again after `failures` failed fetches in a row: 5 s, 10 s, 20 s … never longer than
 * the normal refresh interval, with up to 20 % jitter (`random` in [0, 1)) so that the screens of
 * one hall do not all knock at the same moment when the network comes back.
 */
export function retryDelayMs(failures: number, refreshMs: number, random: number): number {
  const exp = FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 10));
  const base = Math.min(exp, refreshMs);
  return Math.round(base * (1 - 0.2 * random));
}
