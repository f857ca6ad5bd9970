import type { Database } from '@bangfu/db';
import { type MutualAidScheme, MutualAidSchemeSchema } from '@bangfu/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { StaffActor } from '../context';
import { schemeNotFound } from './claims-errors';

type Executor = Kysely<Database> | Transaction<Database>;
export type SchemeRow = Selectable<Database['ma_scheme']>;

/**
 * A scheme the actor may read: one run by their union or a union above it (a county reads its
 * city's scheme), or by a union below it. Any other reads as not found.
 */
export async function schemeInScope(db: Executor, actor: StaffActor, schemeId: string): Promise<SchemeRow> {
  const row = await db.selectFrom('ma_scheme').selectAll().where('id', '=', schemeId).executeTakeFirst();
  const visible = row && (actor.orgPath.startsWith(row.org_path) || row.org_path.startsWith(actor.orgPath));
  if (!row || !visible) throw schemeNotFound();
  return row;
}

/** The version of a scheme in force: the newest ACTIVE version of its code and term year. */
export async function schemeInForce(db: Executor, code: string, termYear: number): Promise<SchemeRow> {
  const row = await db
    .selectFrom('ma_scheme')
    .selectAll()
    .where('code', '=', code)
    .where('term_year', '=', termYear)
    .where('status', '=', 'ACTIVE')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw schemeNotFound();
  return row;
}

/** The scheme body of a row, parsed with today's schema. */
export const schemeBody = (row: SchemeRow): MutualAidScheme => MutualAidSchemeSchema.parse(row.body);
