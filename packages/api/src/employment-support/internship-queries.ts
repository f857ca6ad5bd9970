import type { Database } from '@bangfu/db';
import type { Insertable, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

function internshipQuery(db: Executor) {
  return db
    .selectFrom('internship as i')
    .innerJoin('household as h', 'h.id', 'i.household_id')
    .innerJoin('household_member as m', 'm.id', 'i.member_id')
    .selectAll('i')
    .select('m.name as member_name');
}

export type InternshipRow = Awaited<ReturnType<typeof getInternship>> & {};

/** One internship whose household lies under `scopePath`; locked when `forUpdate`. */
export function getInternship(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = internshipQuery(db)
    .where('i.id', '=', input.id)
    .where('h.org_path', 'like', subtreePattern(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('i');
  return q.executeTakeFirst();
}

export function listHouseholdInternships(db: Executor, input: { householdId: string }) {
  return internshipQuery(db)
    .where('i.household_id', '=', input.householdId)
    .orderBy('i.start_date', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

export function insertInternship(trx: Transaction<Database>, row: Insertable<Database['internship']>) {
  return trx.insertInto('internship').values(row).execute();
}
