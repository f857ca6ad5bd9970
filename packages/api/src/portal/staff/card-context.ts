import type { Database } from '@bangfu/db';
import { type Kysely, sql, type Transaction } from 'kysely';

/**
 * The union hotline printed on a card: the household's own union's, else the nearest
 * ancestor's that has one (a community union often has none of its own).
 */
export async function nearestHotline(
  db: Kysely<Database> | Transaction<Database>,
  orgPath: string,
): Promise<{ orgName: string; hotline: string | null }> {
  const own = await db
    .selectFrom('org_unit')
    .select(['name', 'hotline'])
    .where('path', '=', orgPath)
    .executeTakeFirst();
  if (own?.hotline) return { orgName: own.name, hotline: own.hotline };
  const ancestor = await db
    .selectFrom('org_unit')
    .select(['hotline'])
    .where(sql<boolean>`${orgPath} like path || '%'`)
    .where('hotline', 'is not', null)
    .orderBy(sql`length(path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
  return { orgName: own?.name ?? '', hotline: ancestor?.hotline ?? null };
}
