import type { Database } from '@bangfu/db';
import { type Insertable, sql, type Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

export function getCompetition(db: Executor, input: { id: string }) {
  return db
    .selectFrom('skill_competition as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_id')
    .selectAll('c')
    .select('o.name as org_name')
    .where('c.id', '=', input.id)
    .executeTakeFirst();
}

export type CompetitionRow = Awaited<ReturnType<typeof getCompetition>> & {};

/** Competitions, latest first, each with its entrants from households under `scopePath`. */
export function listCompetitions(db: Executor, input: { scopePath: string; limit: number }) {
  return db
    .selectFrom('skill_competition as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_id')
    .selectAll('c')
    .select('o.name as org_name')
    .select((eb) =>
      eb
        .selectFrom('competition_entry as e')
        .innerJoin('household as h', 'h.id', 'e.household_id')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('e.competition_id', '=', 'c.id')
        .where('h.org_path', 'like', subtreePattern(input.scopePath))
        .as('entrants'),
    )
    .orderBy('c.held_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(input.limit)
    .execute();
}

function entryQuery(db: Executor, scopePath: string) {
  return db
    .selectFrom('competition_entry as e')
    .innerJoin('skill_competition as c', 'c.id', 'e.competition_id')
    .innerJoin('household as h', 'h.id', 'e.household_id')
    .innerJoin('household_member as m', 'm.id', 'e.member_id')
    .selectAll('e')
    .select(['c.title', 'c.trade', 'c.held_on', 'c.level', 'm.name as member_name'])
    .where('h.org_path', 'like', subtreePattern(scopePath));
}

export type EntryRow = Awaited<ReturnType<typeof getEntry>> & {};

export function getEntry(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = entryQuery(db, input.scopePath).where('e.id', '=', input.id);
  if (input.forUpdate) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

/** Entries by competition (those in scope) or by household. */
export function listEntries(
  db: Executor,
  input: { scopePath: string; competitionId?: string; householdId?: string },
) {
  let q = entryQuery(db, input.scopePath);
  if (input.competitionId) q = q.where('e.competition_id', '=', input.competitionId);
  if (input.householdId) q = q.where('e.household_id', '=', input.householdId);
  return q.orderBy('c.held_on', 'desc').orderBy(sql`e.rank nulls last`).orderBy('e.id').execute();
}

export function insertEntry(trx: Transaction<Database>, row: Insertable<Database['competition_entry']>) {
  return trx.insertInto('competition_entry').values(row).execute();
}
