import { countSkillIndicator } from '@bangfu/db';
import { MATCHABLE_STATUSES, oneHouseholdOneSkillRate, type SkillRate } from '@bangfu/domain';
import { getOrgInScope } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';

export interface SkillIndicatorDto {
  filed: number;
  withSkill: number;
  rate: SkillRate;
}

/**
 * 1户1技能 for the actor's subtree, or for an org unit in it: filed households (FILED, AIDED,
 * UNDER_REVIEW) and those with at least one member who completed a course.
 */
export async function skillIndicator({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { orgId?: string | undefined };
}): Promise<SkillIndicatorDto> {
  const scopePath = input.orgId
    ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path
    : ctx.actor.orgPath;
  const { filed, withSkill } = await countSkillIndicator(ctx.db, { scopePath, statuses: MATCHABLE_STATUSES });
  return { filed, withSkill, rate: oneHouseholdOneSkillRate(filed, withSkill) };
}
