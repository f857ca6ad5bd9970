import { hashPassword } from '@bangfu/api';
import { type Database, DEMO_ACCOUNTS, newId, seedOrgTree, seedProvince, withTransaction } from '@bangfu/db';
import { PasswordSchema } from '@bangfu/domain';
import { type Kysely, sql } from 'kysely';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime';

export const DEMO_PASSWORD = 'Bangfu@2026demo';

// Tables a half-finished demo seed may have written to, children first.
const DEMO_TABLES = [
  'active_id_number',
  'household_member',
  'household',
  'staff_session',
  'auth_throttle',
  'staff_user',
  'audit_event',
  'org_unit',
];

export interface ProvisionOptions {
  /** Demo mode: how many synthetic households, and the generator's seed. */
  households: number;
  seed: number;
  /** Production: the first admin's password, from the environment. */
  adminPassword: string | undefined;
}

async function getMeta(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

async function setMeta(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  await sql`insert into app_meta (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
            on conflict (key) do update set value = excluded.value, updated_at = now()`.execute(db);
}

/**
 * First start. Demo mode (embedded): the synthetic province and the demo accounts. Production
 * (DATABASE_URL): the federation tree and one admin whose password comes from the environment —
 * nothing else. Does nothing once the database is provisioned.
 */
export async function provision(
  rt: Runtime,
  opts: ProvisionOptions,
  logger: Logger,
): Promise<'already' | 'demo' | 'production'> {
  const db = rt.handle.db;
  if (await getMeta(db, 'provisioned')) return 'already';
  if (rt.demoMode) {
    await provisionDemo(rt, opts, logger);
    return 'demo';
  }
  await provisionProduction(rt, opts, logger);
  return 'production';
}

async function provisionDemo(rt: Runtime, opts: ProvisionOptions, logger: Logger): Promise<void> {
  const db = rt.handle.db;
  const now = new Date();
  // The seed writes in batches (one transaction each, to bound memory at province scale). A seed
  // that was interrupted left synthetic rows only — `provisioned` is written last — so clear them.
  // The aid ledger refuses TRUNCATE (append-only, by trigger); demo data is synthetic, so its
  // clean-up alone runs with triggers off (session_replication_role; embedded PGlite only).
  const leftovers = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (leftovers) {
    await withTransaction(db, async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql.raw(`truncate ${DEMO_TABLES.join(', ')} cascade`).execute(trx);
    });
  }
  logger.info('seeding demo province', { households: opts.households });
  const started = Date.now();
  let lastPhase = '';
  const report = await seedProvince(db, {
    households: opts.households,
    seed: opts.seed,
    crypto: rt.services.crypto,
    staffPasswordHash: await hashPassword(DEMO_PASSWORD),
    now,
    onProgress: (p) => {
      if (p.phase !== lastPhase || p.done === p.total) {
        logger.info('seed progress', { ...p });
        lastPhase = p.phase;
      }
    },
  });
  logger.info('demo province seeded', { ms: Date.now() - started, households: opts.households });
  await setMeta(db, 'provisioned', {
    mode: 'demo',
    households: opts.households,
    seed: opts.seed,
    at: now.toISOString(),
    report,
  });
}

async function provisionProduction(rt: Runtime, opts: ProvisionOptions, logger: Logger): Promise<void> {
  const ok = PasswordSchema.safeParse(opts.adminPassword ?? '');
  if (!ok.success) {
    throw new Error(
      'First start on PostgreSQL: set BANGFU_ADMIN_PASSWORD (at least 10 characters, letters and digits) to create the admin account',
    );
  }
  const now = new Date();
  const passwordHash = await hashPassword(ok.data);
  await withTransaction(rt.handle.db, async (trx) => {
    // Only the federations (province, prefectures, counties, industry unions): a real office adds
    // its own grassroots unions; the synthetic ones are for demo mode.
    const { provinceId } = await seedOrgTree(trx, { now, grassroots: false });
    await trx
      .insertInto('staff_user')
      .values({
        id: newId(),
        username: 'admin',
        display_name: '系统管理员',
        password_hash: passwordHash,
        org_id: provinceId,
        roles: ['admin'],
        locked_until: null,
      })
      .execute();
    await setMeta(trx, 'provisioned', { mode: 'production', at: now.toISOString() });
  });
  logger.info('production provisioned: federation tree and admin account created');
}

export function describeDemoAccounts(): string {
  const rows = DEMO_ACCOUNTS.map(
    (a) => `    ${a.username.padEnd(20)} ${a.roles.join(',').padEnd(20)} ${a.description.zh}`,
  );
  return [`  Demo accounts (password ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
