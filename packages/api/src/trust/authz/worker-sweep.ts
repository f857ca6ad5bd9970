import type { Fixture } from '../../testing/fixture';
import { databaseDigest, type ScopedRow } from '../../testing/trust-authz-fixture';
import { idFieldsOf } from './input-sampler';
import { PROCEDURES } from './procedures';
import { foreignIdsInAnswer, leakOf, probeIds } from './scope-sweep';

const worker = PROCEDURES.filter((p) => p.policy.kind === 'worker');

/**
 * Worker A's portal given every other household's rows: each id field of each worker procedure
 * with each such row (and with a random id), then every portal query scanned for those rows.
 */
export async function sweepWorkerPortal(
  f: Fixture,
  householdId: string,
  rows: ScopedRow[],
): Promise<{ calls: number; leaks: string[] }> {
  const a = await f.asWorker(householdId);
  const foreign = rows.filter((r) => r.householdId !== null && r.householdId !== householdId);
  const own = rows.filter((r) => r.householdId === householdId);
  const before = await databaseDigest(f);
  const leaks: string[] = [];
  let calls = 0;
  for (const proc of worker.filter((p) => idFieldsOf(p.input).length > 0)) {
    for (const p of await probeIds(a, proc, { role: 'worker', org: 'A' }, { foreign, own }, true)) {
      calls += 2;
      const leak = leakOf(p);
      if (leak) leaks.push(`${p.path} ${p.field}=${p.target.table}: ${leak}`);
    }
  }
  for (const proc of worker.filter((p) => p.type === 'query')) {
    const answer = await foreignIdsInAnswer(a, proc, foreign);
    calls += 1;
    if (/UNAUTHORIZED|FORBIDDEN|INTERNAL/.test(answer.outcome.code))
      leaks.push(`${proc.path}: ${answer.outcome.code}`);
    leaks.push(...answer.seen.map((s) => `${proc.path} shows ${s}`));
  }
  const after = await databaseDigest(f);
  for (const table of Object.keys(before)) if (before[table] !== after[table]) leaks.push(`${table} changed`);
  return { calls, leaks };
}
