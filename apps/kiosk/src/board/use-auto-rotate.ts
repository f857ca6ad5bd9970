import { type Dispatch, type SetStateAction, useEffect } from 'react';
import { clampPage, stepPage } from './paging';

/**
 * Turns the page every `rotateMs` while nothing is open. `restartKey` changes when a visitor
 * pages or filters by hand, which restarts the wait so the page they chose stays a full period.
 */
export function useAutoRotate(
  setPage: Dispatch<SetStateAction<number>>,
  pages: number,
  rotateMs: number,
  paused: boolean,
  restartKey: number,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: restartKey is there to restart the wait
  useEffect(() => {
    if (paused || pages <= 1) return;
    const timer = setInterval(() => setPage((p) => stepPage(clampPage(p, pages), pages, 1)), rotateMs);
    return () => clearInterval(timer);
  }, [setPage, pages, rotateMs, paused, restartKey]);
}
