import { newId, withTransaction } from '@bangfu/db';
import { type AssignVerifications, assignVolunteers, dateAfterDays } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { loadDynamicPolicy, type StaffContext } from './oversight-context';

export interface AssignedVisits {
  assigned: { id: string; householdId: string; volunteerId: string }[];
  /** Households drawn that no volunteer from outside their own unit could take. */
  unassignable: number;
  dueOn: string;
  policyVersion: number;
}

/**
 * 志愿者核查派单: draws filed households of the subtree with no open visit at random (seeded)
 * and gives each to an active volunteer the caseworker manages, never one of its own unit.
 */
export async function assignVerifications({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AssignVerifications;
}): Promise<AssignedVisits> {
  const now = ctx.now();
  const today = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const policy = await loadDynamicPolicy(trx, today);
    const households = await trx
      .selectFrom('household as h')
      .select(['h.id', 'h.org_id as orgId', 'h.org_path'])
      .where('h.org_path', 'like', subtreePattern(org.path))
      .where('h.status', 'in', ['FILED', 'AIDED'])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('verification_visit as v')
              .select('v.id')
              .whereRef('v.household_id', '=', 'h.id')
              .where('v.status', '=', 'ASSIGNED'),
          ),
        ),
      )
      .execute();
    const volunteers = await trx
      .selectFrom('volunteer_profile as p')
      .innerJoin('staff_user as u', 'u.id', 'p.user_id')
      .select(['p.user_id as userId', 'p.home_org_id as homeOrgId'])
      .where('p.active', '=', true)
      .where('u.active', '=', true)
      .where('p.org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .execute();
    const { assignments, unassignable } = assignVolunteers(households, volunteers, input);
    const dueOn = dateAfterDays(today, policy.body.verificationDueDays);
    const pathOf = new Map(households.map((h) => [h.id, h.org_path]));
    const assigned = assignments.map((a) => ({ id: newId(now.getTime()), ...a }));
    if (assigned.length > 0) {
      await trx
        .insertInto('verification_visit')
        .values(
          assigned.map((a) => ({
            id: a.id,
            household_id: a.householdId,
            org_path: pathOf.get(a.householdId) ?? org.path,
            volunteer_id: a.volunteerId,
            assigned_by: ctx.actor.userId,
            assigned_at: now,
            due_on: dueOn,
            seed: input.seed,
          })),
        )
        .execute();
    }
    await appendAudit(trx, ctx, {
      action: 'verification.assign',
      entityType: 'org_unit',
      entityId: org.id,
      after: { seed: input.seed, count: input.count, visits: assigned, unassignable, dueOn },
    });
    return { assigned, unassignable, dueOn, policyVersion: policy.version };
  });
}
