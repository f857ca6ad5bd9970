import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

function mentorshipQuery(db: Executor) {
  return db
    .selectFrom('mentorship as t')
    .innerJoin('household as h', 'h.id', 't.household_id')
    .innerJoin('household_member as m', 'm.id', 't.member_id')
    .selectAll('t')
    .select('m.name as member_name');
}

export type MentorshipRow = Awaited<ReturnType<typeof getMentorship>> & {};

export function getMentorship(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = mentorshipQuery(db)
    .where('t.id', '=', input.id)
    .where('h.org_path', 'like', subtreePattern(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('t');
  return q.executeTakeFirst();
}

export function listHouseholdMentorships(db: Executor, input: { householdId: string }) {
  return mentorshipQuery(db)
    .where('t.household_id', '=', input.householdId)
    .orderBy('t.start_date', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
}
