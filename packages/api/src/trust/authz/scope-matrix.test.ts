import { driverTestTargets } from '@bangfu/db/testing';
import type { Role } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../../testing/fixture';
import { fileHousehold } from '../../testing/portal-fixture';
import {
  buildTwoCountyWorld,
  collectScopedRows,
  databaseDigest,
  outOfReach,
  type ScopedRow,
  within,
} from '../../testing/trust-authz-fixture';
import { TRUST_LONG } from '../../testing/trust-env';
import { idFieldsOf } from './input-sampler';
import { personalDataIn } from './personal-data';
import { callerFor, PROCEDURES } from './procedures';
import { foreignIdsInAnswer, leakOf, type OrgCode, probeIds, staffAt } from './scope-sweep';
import { sweepWorkerPortal } from './worker-sweep';

// BANGFU_TRUST_LONG=1: every role of every policy, every candidate table, both directions.
const LONG = TRUST_LONG;
const staff = PROCEDURES.filter((p) => p.policy.kind === 'staff');
const kiosk = PROCEDURES.filter((p) => p.policy.kind === 'public' && p.type === 'query');
const rolesOf = (p: (typeof staff)[number]): readonly Role[] => {
  const roles = (p.policy as { roles: readonly Role[] }).roles;
  return LONG ? roles : roles.slice(0, 1);
};
const ZUNYI = '/520000/520300/';
const BIJIE = '/520000/520500/';
/** Out-of-scope actors and the data they must not reach: a sibling county and a child union. */
const OUT_OF_SCOPE: { org: OrgCode; data: string }[] = [
  { org: '520502', data: ZUNYI },
  { org: '520302-G01', data: ZUNYI },
  ...(LONG ? [{ org: '520302' as const, data: BIJIE }] : []),
];
const PATHS: Record<OrgCode, string> = {
  '520302': '/520000/520300/520302/',
  '520300': ZUNYI,
  '520302-G01': '/520000/520300/520302/520302-G01/',
  '520502': '/520000/520500/520502/',
  '520500': BIJIE,
};

describe.each(driverTestTargets())('scope matrix and IDOR sweep on $name', (target) => {
  let f: Fixture;
  let rows: ScopedRow[];
  let before: Record<string, string>;
  let workerHousehold: string;
  beforeAll(async () => {
    f = await createFixture(target);
    await buildTwoCountyWorld(f);
    workerHousehold = (await fileHousehold(f)).householdId;
    rows = await collectScopedRows(f);
    before = await databaseDigest(f);
  }, 120_000);
  afterAll(() => f?.close());

  it('has a world in both counties to sweep', () => {
    for (const path of [ZUNYI, BIJIE]) {
      const tables = new Set(within(rows, path).map((r) => r.table));
      for (const t of ['household', 'aid_plan', 'aid_request', 'ma_claim', 'household_import'])
        expect([...tables], `${t} under ${path}`).toContain(t);
    }
  });

  it('answers an out-of-scope id exactly like a random one, and never with data', async () => {
    const leaks: string[] = [];
    const codes = new Map<string, number>();
    let calls = 0;
    for (const proc of staff.filter((p) => idFieldsOf(p.input).length > 0))
      for (const role of rolesOf(proc))
        for (const { org, data } of OUT_OF_SCOPE) {
          const foreign = outOfReach(within(rows, data), PATHS[org]);
          const own = within(rows, PATHS[org]);
          for (const p of await probeIds(
            staffAt(f, role, org),
            proc,
            { role, org },
            { foreign, own },
            LONG,
          )) {
            calls += 2;
            codes.set(p.real.code, (codes.get(p.real.code) ?? 0) + 1);
            const leak = leakOf(p);
            if (leak) leaks.push(`${p.path} as ${p.role}@${p.org} ${p.field}=${p.target.table}: ${leak}`);
          }
        }
    console.info(
      `[trust] out-of-scope id probes: ${calls} calls, ${leaks.length} leaks`,
      JSON.stringify(Object.fromEntries(codes)),
    );
    expect(leaks).toEqual([]);
  }, 600_000);

  it('shows an out-of-scope caller none of the other data in any query', async () => {
    const seen: string[] = [];
    let calls = 0;
    for (const proc of staff.filter((p) => p.type === 'query' && idFieldsOf(p.input).length === 0))
      for (const role of rolesOf(proc))
        for (const { org, data } of OUT_OF_SCOPE) {
          const foreign = outOfReach(within(rows, data), PATHS[org]).filter((r) => r.table !== 'org_unit');
          const answer = await foreignIdsInAnswer(staffAt(f, role, org), proc, foreign);
          calls += 1;
          if (answer.seen.length > 0) seen.push(`${proc.path} as ${role}@${org}: ${answer.seen.join(', ')}`);
        }
    console.info(
      `[trust] list/stat queries out of scope: ${calls} calls, ${seen.length} showing foreign ids`,
    );
    expect(seen).toEqual([]);
  }, 600_000);

  it('changed nothing in the database while refusing', async () => {
    expect(await databaseDigest(f)).toEqual(before);
  });

  it('lets in-scope callers (own county, parent prefecture) past authorization and scope', async () => {
    const refused: string[] = [];
    let calls = 0;
    for (const proc of staff.filter((p) => idFieldsOf(p.input).length > 0))
      for (const role of rolesOf(proc))
        for (const org of ['520302', '520300'] as const) {
          const own = within(rows, '/520000/520300/520302/');
          const probes = await probeIds(
            staffAt(f, role, org),
            proc,
            { role, org },
            { foreign: own, own },
            false,
          );
          for (const p of probes.slice(0, 1)) {
            calls += 1;
            // A business rule may still say FORBIDDEN (targets: parent union only); the role gate may not.
            const gate = p.real.code === 'FORBIDDEN' && p.real.message === 'Not allowed for your role';
            if (gate || ['UNAUTHORIZED', 'INTERNAL_SERVER_ERROR', 'THREW'].includes(p.real.code))
              refused.push(`${p.path} as ${role}@${org}: ${p.real.code} ${p.real.message}`);
          }
        }
    console.info(`[trust] in-scope probes: ${calls}, refused ${refused.length}`);
    expect(refused).toEqual([]);
  }, 600_000);

  it('answers worker A (portal) another household’s ids like random ones, shows and changes nothing', async () => {
    const result = await sweepWorkerPortal(f, workerHousehold, rows);
    console.info(`[trust] worker IDOR: ${result.calls} calls, ${result.leaks.length} leaks`);
    expect(result.calls).toBeGreaterThan(0);
    expect(result.leaks).toEqual([]);
  }, 300_000);

  it('gives an anonymous kiosk caller no personal data and none of the world’s rows', async () => {
    const anonymous = callerFor(f.context(null));
    for (const proc of kiosk) {
      const answer = await foreignIdsInAnswer(anonymous, proc, rows);
      expect(answer.outcome.code, proc.path).not.toMatch(/UNAUTHORIZED|FORBIDDEN|INTERNAL/);
      expect(answer.seen, proc.path).toEqual([]);
      expect(personalDataIn(JSON.stringify(answer.outcome.value ?? null)), proc.path).toEqual([]);
    }
  });
});
