import { useEffect, useRef } from 'react';

/**
 * Calls `onIdle` once nobody has touched the screen for `ms`. One listener and one timer, both
 * gone on unmount; the latest `onIdle` is used without re-subscribing.
 */
export function useIdle(ms: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    let timer = setTimeout(() => callback.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), ms);
    };
    window.addEventListener('pointerdown', restart, { passive: true });
    window.addEventListener('keydown', restart);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [ms]);
}
