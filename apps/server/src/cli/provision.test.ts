import { randomBytes } from 'node:crypto';
import { DEFAULT_AUTH_SETTINGS } from '@bangfu/api';
import { createFieldCrypto, type Database, migrateToLatest } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import type { Runtime } from '../runtime';
import { provision } from './provision';

const logger = createLogger('error');

async function runtime(
  target: ReturnType<typeof driverTestTargets>[number],
  demoMode: boolean,
): Promise<Runtime> {
  const handle = await target.open<Database>();
  await migrateToLatest(handle.db);
  return {
    handle,
    demoMode,
    services: {
      db: handle.db,
      crypto: createFieldCrypto(randomBytes(32)),
      auth: DEFAULT_AUTH_SETTINGS,
      now: () => new Date(),
    },
  };
}

async function count(rt: Runtime, table: keyof Database): Promise<number> {
  const row = await rt.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(driverTestTargets())('first-start provisioning on $name', (target) => {
  let rt: Runtime | undefined;
  afterEach(async () => {
    await rt?.handle.close();
    rt = undefined;
  });

  it('creates only the federation tree and one admin in production', async () => {
    rt = await runtime(target, false);
    const opts = { households: 1000, seed: 1, adminPassword: 'Prod-admin-2026' };
    expect(await provision(rt, opts, logger)).toBe('production');
    expect(await count(rt, 'staff_user')).toBe(1);
    expect(await count(rt, 'household')).toBe(0);
    const kinds = await rt.handle.db.selectFrom('org_unit').select('kind').execute();
    expect(kinds.filter((k) => k.kind.startsWith('GRASSROOTS'))).toEqual([]);
    expect(kinds.filter((k) => k.kind === 'COUNTY')).toHaveLength(88);
    const admin = await rt.handle.db.selectFrom('staff_user').selectAll().executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect(admin.password_hash).toMatch(/^\$argon2id\$/);
    // A second start changes nothing.
    expect(await provision(rt, opts, logger)).toBe('already');
    expect(await count(rt, 'org_unit')).toBe(kinds.length);
  });

  it('refuses a production start without an admin password, and writes nothing', async () => {
    rt = await runtime(target, false);
    await expect(provision(rt, { households: 0, seed: 1, adminPassword: 'short' }, logger)).rejects.toThrow(
      /BANGFU_ADMIN_PASSWORD/,
    );
    expect(await count(rt, 'org_unit')).toBe(0);
    expect(await count(rt, 'app_meta')).toBe(0);
  });

  it('seeds the demo province once, and clears a seed that was interrupted', async () => {
    rt = await runtime(target, true);
    // What an interrupted seed leaves behind: synthetic rows, no 'provisioned' marker.
    const { seedOrgTree } = await import('@bangfu/db');
    await seedOrgTree(rt.handle.db, { now: new Date() });
    expect(await provision(rt, { households: 40, seed: 7, adminPassword: undefined }, logger)).toBe('demo');
    expect(await count(rt, 'household')).toBe(40);
    const names = (await rt.handle.db.selectFrom('staff_user').select('username').execute()).map(
      (u) => u.username,
    );
    expect(names).toEqual(
      expect.arrayContaining(['admin', 'zunyi.cw', 'bijie.cw', 'zunyi.reviewer', 'auditor']),
    );
    expect(await provision(rt, { households: 40, seed: 7, adminPassword: undefined }, logger)).toBe(
      'already',
    );
    expect(await count(rt, 'household')).toBe(40);
  });
});
