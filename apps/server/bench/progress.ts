/** Bench output: plain lines on stdout, so a log file reads the same as a terminal. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Calls `emit` at most every `everyMs` (the first time `everyMs` after creation), or when `force` is set. */
export function throttled(everyMs: number): (force: boolean, emit: () => void) => void {
  let last = performance.now();
  return (force, emit) => {
    const now = performance.now();
    if (!force && now - last < everyMs) return;
    last = now;
    emit();
  };
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
