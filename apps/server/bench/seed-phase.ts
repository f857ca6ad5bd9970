import { hashPassword } from '@bangfu/api';
import type { Database, SeedReport } from '@bangfu/db';
import { type SeedProgress, seedProvince } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { DEMO_PASSWORD } from '../src/cli/provision';
import type { Runtime } from '../src/runtime';
import { say, throttled } from './progress';

export interface SeedResult {
  readonly households: number;
  readonly seed: number;
  readonly seconds: number;
  /** Rows written to all tables, per second of the whole seed (org tree, staff, households, analyze). */
  readonly rowsPerSecond: number;
  readonly householdsPerSecond: number;
  readonly report: SeedReport;
}

/** Times `seedProvince` on a migrated, empty database, printing progress as it goes. */
export async function runSeed(rt: Runtime, opts: { households: number; seed: number }): Promise<SeedResult> {
  // One argon2 hash for every seeded account, computed outside the timed section as provision does.
  const staffPasswordHash = await hashPassword(DEMO_PASSWORD);
  const tick = throttled(10_000);
  const t0 = performance.now();
  let phase = '';
  const onProgress = (p: SeedProgress): void => {
    const changed = p.phase !== phase;
    phase = p.phase;
    tick(changed || p.done === p.total, () => {
      const s = (performance.now() - t0) / 1000;
      say(
        `    seed ${p.phase}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} (${s.toFixed(1)} s)`,
      );
    });
  };
  const report = await seedProvince(rt.handle.db as Kysely<Database>, {
    households: opts.households,
    seed: opts.seed,
    crypto: rt.services.crypto,
    staffPasswordHash,
    now: new Date(),
    onProgress,
  });
  const seconds = (performance.now() - t0) / 1000;
  const rows = Object.values(report.tables).reduce((a, b) => a + b, 0);
  const householdPhase = report.phases.find((p) => p.phase === 'households')?.ms ?? seconds * 1000;
  return {
    households: opts.households,
    seed: opts.seed,
    seconds,
    rowsPerSecond: rows / seconds,
    householdsPerSecond: opts.households / (householdPhase / 1000),
    report,
  };
}
