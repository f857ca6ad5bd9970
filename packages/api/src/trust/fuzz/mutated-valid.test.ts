import { driverTestTargets } from '@bangfu/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filedHousehold, freshKey, signedPlan } from '../../testing/aid-fixture';
import { claimsWorld, inpatientClaim } from '../../testing/claims-fixture';
import { createFixture, type Fixture, householdInput, type TestUser } from '../../testing/fixture';
import { cleanSheet, type ImportCells, importFile } from '../../testing/household-import-fixture';
import { campaignInput } from '../../testing/survey-fixture';
import {
  callPath,
  isCleanRefusal,
  knownIds,
  listProcedures,
  outcomeOf,
  watchDatabase,
} from '../../testing/trust-fuzz-fixture';
import { hostileValue } from './hostile-values';
import { tally, trustRuns, trustSeed, trustTargets } from './trust-run';

type Json = unknown;
/** Every path to a leaf (or an empty array/object) of a JSON value. */
function leafPaths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v) && v.length > 0) return v.flatMap((x, i) => leafPaths(x, [...at, i]));
  if (v && typeof v === 'object' && Object.keys(v).length > 0)
    return Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...at, k]));
  return [at];
}

/** A copy of `v` with the value at `path` replaced (or the key removed when `drop`). */
function setAt(v: Json, path: (string | number)[], value: Json, drop: boolean): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, Json>;
  if (drop && rest.length === 0) delete copy[head!];
  else copy[head!] = setAt(copy[head!], rest, value, drop);
  return copy;
}

/** The valid example with one or two leaves replaced by hostile values, or dropped. */
function mutated(valid: Json, ids: string[]): fc.Arbitrary<Json> {
  const paths = leafPaths(valid);
  const one = fc.tuple(fc.constantFrom(...paths), hostileValue(ids), fc.integer({ min: 0, max: 4 }));
  return fc
    .array(one, { minLength: 1, maxLength: 2 })
    .map((changes) => changes.reduce((acc, [p, v, d]) => setAt(acc, p, v, d === 0), valid));
}

interface Case {
  path: string;
  user: TestUser;
  valid: () => Promise<Json>;
}

const RUNS = trustRuns(40, 300);
let worlds = 0;
const procedures = new Map(listProcedures().map((p) => [p.path, p]));

describe.each(trustTargets(driverTestTargets()))('valid inputs with hostile mutations on $name', (target) => {
  let f: Fixture;
  let ids: string[];
  let db: Awaited<ReturnType<typeof watchDatabase>>;
  beforeAll(async () => {
    f = await createFixture(target);
    ids = await knownIds(f.handle.db);
    db = await watchDatabase(f.handle.db);
  });
  afterAll(() => f?.close());

  const cases: Case[] = [
    { path: 'households.create', user: 'zunyiCw', valid: async () => householdInput(f.orgId('520302')) },
    { path: 'surveyCampaigns.create', user: 'admin', valid: async () => campaignInput(f) },
    {
      path: 'aid.payments.request',
      user: 'zunyiCw',
      valid: async () => {
        const householdId = await filedHousehold(f);
        const { measureIds } = await signedPlan(f, householdId);
        const base = { householdId, measureId: measureIds[0], programme: 'LIVING', amountFen: 30_000 };
        return { ...base, idempotencyKey: freshKey(), fundingSource: 'UNION_FUNDS', note: '生活救助' };
      },
    },
    {
      path: 'claims.submit',
      user: 'zunyiCw',
      valid: async () => {
        const { enrolmentId } = await (await claimsWorld(f, `FUZZ-${++worlds}`)).enrol();
        return { enrolmentId, claim: inpatientClaim(), idempotencyKey: freshKey() };
      },
    },
    {
      path: 'householdImport.dryRun',
      user: 'zunyiCw',
      valid: async () => cleanSheet(1, '520302-G01', 'FZ'),
    },
  ];

  it.each(cases.map((c) => [c.path, c] as const))(
    '%s: success only for valid input, else a clean refusal',
    async (path, c) => {
      const p = procedures.get(path)!;
      const valid = await c.valid();
      const isImport = path === 'householdImport.dryRun';
      const toInput = async (v: Json) =>
        isImport
          ? {
              fileName: 'fuzz.xlsx',
              contentBase64: await importFile(...(v as [ImportCells[], ImportCells[]])),
            }
          : v;
      const sheet = isImport
        ? [
            (valid as ReturnType<typeof cleanSheet>).households,
            (valid as ReturnType<typeof cleanSheet>).members,
          ]
        : valid;
      const inputs = fc.sample(mutated(sheet, ids), {
        numRuns: isImport ? Math.ceil(RUNS / 4) : RUNS,
        seed: trustSeed(path),
      });
      const defects: string[] = [];
      await db.changes();
      for (const raw of inputs) {
        const input = await toInput(raw);
        const o = await outcomeOf(callPath(f.as(c.user), path, input));
        tally.count(o.ok);
        const changed = await db.changes();
        if (o.ok) {
          if (!p.accepts(input))
            defects.push(`succeeded on schema-invalid input ${JSON.stringify(raw).slice(0, 200)}`);
          continue;
        }
        if (!isCleanRefusal(o))
          defects.push(
            `${o.code}/${o.domainCode}: ${String((o.error as Error).cause ?? o.error).slice(0, 300)}`,
          );
        if (changed.length > 0) defects.push(`refused but changed ${changed.join(',')}`);
      }
      expect(defects.slice(0, 5)).toEqual([]);
      // The unmutated example still goes through, so the refusals above are about the mutations.
      const fresh = await c.valid();
      const freshInput = isImport
        ? await toInput([
            (fresh as ReturnType<typeof cleanSheet>).households,
            (fresh as ReturnType<typeof cleanSheet>).members,
          ])
        : fresh;
      expect(await outcomeOf(callPath(f.as(c.user), path, freshInput))).toMatchObject({ ok: true });
    },
  );
});
