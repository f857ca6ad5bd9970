import { useEffect, useState } from 'react';

/** How long a revealed number stays on screen before it is masked again. */
export const REVEAL_SECONDS = 60;

/** A revealed value that hides itself again after REVEAL_SECONDS. */
export function useTimedReveal(): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => setValue(null), REVEAL_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [value]);
  return [value, setValue];
}
