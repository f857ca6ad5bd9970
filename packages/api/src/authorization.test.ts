import { driverTestTargets } from '@bangfu/db/testing';
import { ALL_ROLES, type Role } from '@bangfu/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from './context';
import { appRouter, createCaller } from './root';
import { createFixture, type Fixture, noCookies } from './testing/fixture';
import { fileHousehold, insertPlan } from './testing/portal-fixture';
import type { Meta } from './trpc';

type AnyProcedure = {
  _def: {
    meta?: Meta;
    type: 'query' | 'mutation' | 'subscription';
    inputs?: { shape?: Record<string, unknown> }[];
  };
};
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

function call(caller: ReturnType<typeof createCaller>, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return (target as (i: unknown) => Promise<unknown>)(input);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return e instanceof TRPCError ? e.code : 'THREW';
  }
}

describe('every procedure declares who may call it', () => {
  it.each(procedures.map(([path, p]) => [path, p] as const))('%s has a policy', (_path, p) => {
    const policy = p._def.meta?.policy;
    expect(policy, 'a procedure without a declared policy').toBeDefined();
    if (policy?.kind === 'staff') expect(policy.roles.length).toBeGreaterThan(0);
  });
});

// The matrix: every procedure × every role. A role outside the policy is FORBIDDEN before its
// input is even read; a role inside it gets past authorization (it may still fail validation).
describe.each(driverTestTargets().slice(0, 1))('authorization matrix on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const staff = procedures.filter(([, p]) => p._def.meta?.policy?.kind === 'staff');
  const cases = staff.flatMap(([path, p]) => ALL_ROLES.map((role) => [path, role, p] as const));

  it.each(cases)('%s as %s', async (path, role, p) => {
    const policy = p._def.meta?.policy as { kind: 'staff'; roles: readonly Role[] };
    const base = f.actor('admin');
    const actor: StaffActor = { ...base, roles: [role] };
    const caller = createCaller({ ...f.context(null), actor, cookies: noCookies });
    const code = await codeOf(call(caller, path, undefined));
    if (policy.roles.includes(role)) expect(code).not.toMatch(/FORBIDDEN|UNAUTHORIZED/);
    else expect(code).toBe('FORBIDDEN');
  });

  it.each(staff.map(([path]) => path))('%s refuses an anonymous caller', async (path) => {
    expect(await codeOf(call(f.as(null), path, undefined))).toBe('UNAUTHORIZED');
  });
});

// The worker portal: a worker session reaches only worker procedures, and only its own household.
describe.each(driverTestTargets().slice(0, 1))('worker authorization on $name', (target) => {
  let f: Fixture;
  let a: string;
  let b: { householdId: string; planId: string; memberId: string };
  beforeAll(async () => {
    f = await createFixture(target);
    a = (await fileHousehold(f)).householdId;
    const hb = await fileHousehold(f, 'bijieCw', '520502');
    const plan = await insertPlan(f, hb.householdId, { planNo: 1, status: 'DRAFT', cadre: 'bijieCw' });
    const member = await f.handle.db
      .selectFrom('household_member')
      .select('id')
      .where('household_id', '=', hb.householdId)
      .executeTakeFirstOrThrow();
    b = { householdId: hb.householdId, planId: plan.planId, memberId: member.id };
  });
  afterAll(() => f?.close());

  const worker = procedures.filter(([, p]) => p._def.meta?.policy?.kind === 'worker');
  const staff = procedures.filter(([, p]) => p._def.meta?.policy?.kind === 'staff');
  const idKeys = (p: AnyProcedure) =>
    (p._def.inputs ?? []).flatMap((i) => Object.keys(i.shape ?? {})).filter((k) => /Id$/.test(k));

  it('has worker procedures', () => expect(worker.length).toBeGreaterThan(5));

  it.each(worker.map(([path]) => path))('%s refuses anonymous and staff callers', async (path) => {
    expect(await codeOf(call(f.as(null), path, undefined))).toBe('UNAUTHORIZED');
    for (const role of ALL_ROLES) {
      const actor: StaffActor = { ...f.actor('admin'), roles: [role] };
      const caller = createCaller({ ...f.context(null), actor });
      expect(await codeOf(call(caller, path, undefined))).toBe('UNAUTHORIZED');
    }
  });

  it.each(worker.map(([path]) => path))('%s lets its own worker past authorization', async (path) => {
    const code = await codeOf(call(await f.asWorker(a), path, undefined));
    expect(code).not.toMatch(/FORBIDDEN|UNAUTHORIZED/);
  });

  it.each(staff.map(([path]) => path))('%s refuses a worker-only session', async (path) => {
    expect(await codeOf(call(await f.asWorker(a), path, undefined))).toBe('UNAUTHORIZED');
  });

  // IDOR: every worker procedure that takes an id, given household B's ids by worker A.
  it('names every worker procedure that takes an id (extend the IDOR check for a new one)', () => {
    // claims.submitMine with another household's enrolment: claims/claims-household.test.ts;
    // notifications.expressInterest takes a public position id and writes only the caller's own
    // household (notifications/worker-jobs.test.ts).
    expect(worker.filter(([, p]) => idKeys(p).length > 0).map(([path]) => path)).toEqual([
      'portal.signPlan',
      'claims.submitMine',
      'notifications.expressInterest',
    ]);
  });

  it('portal.signPlan with another household’s plan reads as not found and changes nothing', async () => {
    const input = { planId: b.planId, expectedVersion: 1 };
    expect(await codeOf(call(await f.asWorker(a), 'portal.signPlan', input))).toBe('NOT_FOUND');
    const plan = await f.handle.db
      .selectFrom('aid_plan')
      .select(['status', 'version'])
      .where('id', '=', b.planId)
      .executeTakeFirstOrThrow();
    expect(plan).toEqual({ status: 'DRAFT', version: 1 });
  });

  it.each(worker.filter(([, p]) => p._def.type === 'query').map(([path]) => path))(
    '%s shows worker A nothing of household B',
    async (path) => {
      const out = JSON.stringify(await call(await f.asWorker(a), path, undefined));
      for (const id of Object.values(b)) expect(out).not.toContain(id);
    },
  );
});
