import { subtreePattern } from '../common/scope';
import { householdNotFound, type StaffContext } from './aid-errors';
import { type AidPlanDto, listPlanDtos } from './plan-dto';

export interface HouseholdPlans {
  /** The plan in force: signed by the worker. */
  current: AidPlanDto | null;
  /** The plan being drawn up (a first plan, or the next revision). */
  draft: AidPlanDto | null;
  /** Every plan, newest first, superseded ones included. */
  history: AidPlanDto[];
}

export async function getPlans({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<HouseholdPlans> {
  const household = await ctx.db
    .selectFrom('household')
    .select('id')
    .where('id', '=', input.householdId)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .executeTakeFirst();
  if (!household) throw householdNotFound();
  const history = await listPlanDtos(ctx.db, household.id);
  return {
    current: history.find((p) => p.status === 'SIGNED') ?? null,
    draft: history.find((p) => p.status === 'DRAFT') ?? null,
    history,
  };
}
