import { type Database, newId } from '@bangfu/db';
import type { Kysely } from 'kysely';

/**
 * A province-level reviewer, the one row the bench adds to the seed: a province campaign is created
 * by `admin` and must be approved by someone else in scope (approveCampaign refuses its creator), and
 * the seed has no other admin or reviewer at the province. Same password as every demo account.
 */
export const BENCH_REVIEWER = 'bench.reviewer';

export async function addProvinceReviewer(db: Kysely<Database>): Promise<void> {
  const admin = await db
    .selectFrom('staff_user')
    .select(['org_id', 'password_hash'])
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('staff_user')
    .values({
      id: newId(),
      username: BENCH_REVIEWER,
      display_name: '基准测试审核人',
      password_hash: admin.password_hash,
      org_id: admin.org_id,
      roles: ['reviewer'],
      locked_until: null,
      created_at: new Date(),
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
}

/** org_unit.id of a union by its code ('520000', '520302', …). */
export async function orgIdOf(db: Kysely<Database>, code: string): Promise<string> {
  const row = await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
