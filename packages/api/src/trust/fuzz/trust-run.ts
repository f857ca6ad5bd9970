import type { DriverTestTarget } from '@bangfu/db/testing';
import { importRegistry } from '../../household-import/import-registry';

import { TRUST_LONG, TRUST_SEED } from '../../testing/trust-env';

/** BANGFU_TRUST_LONG=1: more runs, on every engine. The normal suite stays on PGlite and short. */
export { TRUST_LONG };

export const trustRuns = (normal: number, long: number): number => (TRUST_LONG ? long : normal);

export const trustTargets = (all: DriverTestTarget[]): DriverTestTarget[] =>
  TRUST_LONG ? all : all.slice(0, 1);

/** A fixed seed per procedure (reproducible); BANGFU_TRUST_SEED shifts all of them. */
export function trustSeed(path: string): number {
  let h = TRUST_SEED;
  for (const c of path) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/** Collects unhandled rejections while a suite runs. */
export function watchUnhandled(): { seen: () => string[]; stop: () => void } {
  const seen: string[] = [];
  const onRejection = (reason: unknown) =>
    seen.push(String((reason as Error)?.stack ?? reason).slice(0, 500));
  process.on('unhandledRejection', onRejection);
  return { seen: () => [...seen], stop: () => process.off('unhandledRejection', onRejection) };
}

const started: string[] = [];
/** Remembers an import started in the background so the test can wait for it. */
export function trackImport(result: unknown): void {
  const id = (result as { importId?: unknown } | null)?.importId;
  if (typeof id === 'string') started.push(id);
}
export async function settleImports(): Promise<void> {
  await Promise.all(started.splice(0).map((id) => importRegistry.settled(id)));
}

/** Totals for the report: procedures fuzzed, calls made, how many succeeded. */
export const tally = {
  procedures: 0,
  calls: 0,
  successes: 0,
  count(ok: boolean) {
    this.calls++;
    if (ok) this.successes++;
  },
  procedure() {
    this.procedures++;
  },
  summary() {
    return { procedures: this.procedures, calls: this.calls, successes: this.successes };
  },
};
