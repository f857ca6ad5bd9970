import { driverTestTargets } from '@bangfu/db/testing';
import { ALL_ROLES, type Role } from '@bangfu/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from './context';
import { appRouter, createCaller } from './root';
import { createFixture, type Fixture, noCookies } from './testing/fixture';
import type { Meta } from './trpc';

type AnyProcedure = { _def: { meta?: Meta; type: 'query' | 'mutation' | 'subscription' } };
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
