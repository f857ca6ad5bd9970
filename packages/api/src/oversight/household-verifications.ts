import { getHousehold } from '@bangfu/db';
import type { HouseholdVerificationsInput, VisitOutcome, VisitStatus } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './oversight-context';
import { householdNotFound } from './oversight-errors';

export interface VerificationDto {
  id: string;
  status: VisitStatus;
  volunteerName: string;
  association: string | null;
  assignedAt: string;
  dueOn: string;
  completedAt: string | null;
  outcome: VisitOutcome | null;
  findings: string | null;
}

/** 志愿者核查结果 of one household in scope, newest first, for the case page. */
export async function householdVerifications({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: HouseholdVerificationsInput;
}): Promise<VerificationDto[]> {
  const household = await getHousehold(ctx.db, { id: input.householdId, scopePath: ctx.actor.orgPath });
  if (!household) throw householdNotFound();
  const rows = await ctx.db
    .selectFrom('verification_visit as v')
    .innerJoin('staff_user as u', 'u.id', 'v.volunteer_id')
    .leftJoin('volunteer_profile as p', 'p.user_id', 'v.volunteer_id')
    .select([
      'v.id',
      'v.status',
      'u.display_name',
      'p.association',
      'v.assigned_at',
      'v.due_on',
      'v.completed_at',
      'v.outcome',
      'v.findings',
    ])
    .where('v.household_id', '=', household.id)
    .where('v.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('v.assigned_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status as VisitStatus,
    volunteerName: r.display_name,
    association: r.association,
    assignedAt: r.assigned_at,
    dueOn: r.due_on,
    completedAt: r.completed_at,
    outcome: r.outcome as VisitOutcome | null,
    findings: r.findings,
  }));
}
