import { hashPassword } from '@bangfu/api';
import { DEMO_ACCOUNTS, newId, seedOrgTree, seedProvince } from '@bangfu/db';
import { PasswordSchema } from '@bangfu/domain';
import { sql } from 'kysely';
import type { Env } from '../env';
import type { Logger } from '../logger';
import type { Runtime } from '../runtime';

export const DEMO_PASSWORD = 'Bangfu@2026demo';

async function getMeta(rt: Runtime, key: string): Promise<unknown> {
  const row = await rt.handle.db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

async function setMeta(rt: Runtime, key: string, value: unknown): Promise<void> {
  await sql`insert into app_meta (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
            on conflict (key) do update set value = excluded.value, updated_at = now()`.execute(rt.handle.db);
}

/**
 * First start. Demo mode (embedded): the synthetic province at the configured size and the demo
 * accounts. Production (DATABASE_URL): the org tree and one admin whose password comes from the
 * environment — nothing else.
 */
export async function provision(
  rt: Runtime,
  env: Env,
  logger: Logger,
  households?: number,
  seed = 2016,
): Promise<void> {
  if (await getMeta(rt, 'provisioned')) return;
  const now = new Date();
  if (rt.demoMode) {
    const n = households ?? env.BANGFU_DEMO_HOUSEHOLDS;
    logger.info('seeding demo province', { households: n });
    const started = Date.now();
    let lastPhase = '';
    const report = await seedProvince(rt.handle.db, {
      households: n,
      seed,
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
    logger.info('demo province seeded', { ms: Date.now() - started, households: n });
    await setMeta(rt, 'provisioned', { mode: 'demo', households: n, seed, at: now.toISOString(), report });
    return;
  }
  const password = env.BANGFU_ADMIN_PASSWORD;
  const ok = PasswordSchema.safeParse(password ?? '');
  if (!ok.success) {
    throw new Error(
      'First start on PostgreSQL: set BANGFU_ADMIN_PASSWORD (≥ 10 characters, letters and digits) to create the admin account',
    );
  }
  // Only the federations (province, prefectures, counties, industry unions): a real office adds its own
  // grassroots unions; the synthetic ones are for demo mode.
  const { provinceId } = await seedOrgTree(rt.handle.db, { now, grassroots: false });
  await rt.handle.db
    .insertInto('staff_user')
    .values({
      id: newId(),
      username: 'admin',
      display_name: '系统管理员',
      password_hash: await hashPassword(ok.data),
      org_id: provinceId,
      roles: ['admin'],
      locked_until: null,
    })
    .execute();
  await setMeta(rt, 'provisioned', { mode: 'production', at: now.toISOString() });
  logger.info('production provisioned: org tree and admin account created');
}

export function describeDemoAccounts(): string {
  const rows = DEMO_ACCOUNTS.map(
    (a) => `    ${a.username.padEnd(20)} ${a.roles.join(',').padEnd(20)} ${a.description.zh}`,
  );
  return [`  Demo accounts (password ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
