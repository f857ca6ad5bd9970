import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

function startupQuery(db: Executor, scopePath: string) {
  return db
    .selectFrom('startup_case as s')
    .innerJoin('household as h', 'h.id', 's.household_id')
    .innerJoin('household_member as m', 'm.id', 's.member_id')
    .selectAll('s')
    .select(['m.name as member_name', 'h.file_no', 'h.division_code'])
    .select((eb) =>
      eb
        .selectFrom('startup_activity as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.case_id', '=', 's.id')
        .as('activity_count'),
    )
    .where('h.org_path', 'like', subtreePattern(scopePath));
}

export type StartupRow = Awaited<ReturnType<typeof getStartupCase>> & {};

export function getStartupCase(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = startupQuery(db, input.scopePath).where('s.id', '=', input.id);
  if (input.forUpdate) q = q.forUpdate('s');
  return q.executeTakeFirst();
}

export function listStartupCases(
  db: Executor,
  input: { scopePath: string; status?: string | undefined; householdId?: string; limit: number },
) {
  let q = startupQuery(db, input.scopePath);
  if (input.status) q = q.where('s.status', '=', input.status);
  if (input.householdId) q = q.where('s.household_id', '=', input.householdId);
  return q.orderBy('s.opened_on', 'desc').orderBy('s.id', 'desc').limit(input.limit).execute();
}

export function listStartupActivities(db: Executor, input: { caseId: string }) {
  return db
    .selectFrom('startup_activity')
    .select(['id', 'kind', 'held_on', 'note', 'outcome'])
    .where('case_id', '=', input.caseId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
}
