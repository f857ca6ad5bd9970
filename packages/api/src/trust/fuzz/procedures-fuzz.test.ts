import { driverTestTargets } from '@bangfu/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../../testing/fixture';
import { createFixture } from '../../testing/fixture';
import { fileHousehold } from '../../testing/portal-fixture';
import {
  authorisedCaller,
  callPath,
  isCleanRefusal,
  knownIds,
  listProcedures,
  outcomeOf,
  watchDatabase,
} from '../../testing/trust-fuzz-fixture';
import { hostileInput } from './hostile-values';
import {
  settleImports,
  tally,
  trackImport,
  trustRuns,
  trustSeed,
  trustTargets,
  watchUnhandled,
} from './trust-run';

/** Refusals that write on purpose: failed sign-ins are counted to throttle guessing. */
const WRITES_ON_REFUSAL: Record<string, readonly string[]> = {
  'auth.signIn': ['auth_throttle', 'staff_user'],
  'portal.activate': ['auth_throttle'],
  'portal.signIn': ['auth_throttle'],
};

const procedures = listProcedures();
const RUNS = trustRuns(20, 200);

describe.each(trustTargets(driverTestTargets()))('hostile input to every procedure on $name', (target) => {
  let f: Fixture;
  let ids: string[];
  let householdId: string;
  let db: Awaited<ReturnType<typeof watchDatabase>>;
  const unhandled = watchUnhandled();
  beforeAll(async () => {
    f = await createFixture(target);
    householdId = (await fileHousehold(f)).householdId;
    ids = await knownIds(f.handle.db);
    db = await watchDatabase(f.handle.db);
  });
  afterAll(async () => {
    unhandled.stop();
    const totals = { ...tally.summary(), fullDbChecks: db?.fullChecks() };
    console.info(`[trust-fuzz] ${target.name}: ${JSON.stringify(totals)}`);
    await f?.close();
  });

  it.each(procedures.map((p) => [p.path, p] as const))(
    '%s refuses hostile input cleanly',
    async (path, p) => {
      const caller = await authorisedCaller(f, p, householdId);
      const inputs = fc.sample(hostileInput(p.keys, ids), { numRuns: RUNS, seed: trustSeed(path) });
      const defects: string[] = [];
      for (const input of inputs) {
        const o = await outcomeOf(callPath(caller, path, input));
        tally.count(o.ok);
        if (o.ok) {
          // A success is only possible for input the procedure's own schema accepts.
          if (!p.accepts(input)) defects.push(`succeeded on schema-invalid input ${preview(input)}`);
          trackImport(o.value);
          await settleImports();
          await db.changes();
          continue;
        }
        if (!isCleanRefusal(o))
          defects.push(`${o.code}/${o.domainCode}: ${describeError(o.error)} ← ${preview(input)}`);
        else if (!p.accepts(input) && o.domainCode !== 'VALIDATION')
          defects.push(`schema-invalid input answered ${o.domainCode}, not VALIDATION ← ${preview(input)}`);
        const allowed = WRITES_ON_REFUSAL[path] ?? [];
        const changed = (await db.changes()).filter((t) => !allowed.includes(t));
        if (changed.length > 0) defects.push(`refused but changed ${changed.join(',')} ← ${preview(input)}`);
      }
      tally.procedure();
      expect(defects.slice(0, 5)).toEqual([]);
    },
  );

  it('no call left an unhandled rejection behind', async () => {
    await settleImports();
    expect(unhandled.seen()).toEqual([]);
  });
});

function preview(v: unknown): string {
  const s = JSON.stringify(v, (_k, x) =>
    typeof x === 'string' && x.length > 40 ? `${x.slice(0, 40)}…(${x.length})` : x,
  );
  return (s ?? String(v)).slice(0, 300);
}

function describeError(e: unknown): string {
  const cause = (e as { cause?: unknown })?.cause ?? e;
  return String((cause as Error)?.stack ?? cause)
    .split('\n')
    .slice(0, 4)
    .join(' | ')
    .slice(0, 600);
}
