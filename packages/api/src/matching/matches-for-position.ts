import { listMatchHouseholds, listMatchMembers } from '@bangfu/db';
import {
  DEFAULT_MATCH_POLICY,
  MATCHABLE_STATUSES,
  type MatchForPosition,
  type MatchReason,
  rankPositions,
} from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { StaffContext } from '../employment/employment-errors';
import { loadPosition } from '../employment/load-position';
import { maskId } from '../households/load-household';
import { membersByHousehold, toMatchHousehold } from './match-inputs';
import { loadMemberSkills } from './member-skills';

/**
 * At most this many candidate households are ranked for one position: the most recently updated
 * filed households of the position's prefecture in the actor's scope. A prefecture holds a few
 * thousand filed households; past this bound the oldest-touched files are not considered.
 */
export const CANDIDATE_BOUND = 2_000;

export interface HouseholdMatchDto {
  householdId: string;
  fileNo: string | null;
  headName: string;
  headIdMasked: string | null;
  memberId: string;
  memberName: string;
  score: number;
  reasons: MatchReason[];
}

export interface PositionMatchesDto {
  positionId: string;
  households: HouseholdMatchDto[];
}

/** A position's best-fitting filed households, among those the actor may see. */
export async function matchesForPosition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: MatchForPosition;
}): Promise<PositionMatchesDto> {
  const asOf = businessDate(ctx.now());
  const position = await loadPosition(ctx.db, { id: input.positionId, asOf });
  const households = await listMatchHouseholds(ctx.db, {
    scopePath: ctx.actor.orgPath,
    divisionPrefix: position.divisionCode.slice(0, 4),
    statuses: MATCHABLE_STATUSES,
    limit: CANDIDATE_BOUND,
  });
  const memberRows = await listMatchMembers(ctx.db, { householdIds: households.map((h) => h.id) });
  const members = membersByHousehold(memberRows);
  const skills = await loadMemberSkills(ctx.db, memberRows);
  const matches: HouseholdMatchDto[] = [];
  for (const h of households) {
    const own = members.get(h.id) ?? [];
    const [best] = rankPositions(
      toMatchHousehold(h, own, asOf, skills),
      [position],
      DEFAULT_MATCH_POLICY,
      asOf,
    );
    if (!best) continue;
    matches.push({
      householdId: h.id,
      fileNo: h.file_no,
      headName: h.head_name,
      headIdMasked: h.id_prefix6 && h.id_last4 ? maskId(h.id_prefix6, h.id_last4) : null,
      memberId: best.memberId,
      memberName: own.find((m) => m.id === best.memberId)?.name ?? '',
      score: best.score,
      reasons: best.reasons,
    });
  }
  matches.sort((a, b) => b.score - a.score || (a.householdId < b.householdId ? -1 : 1));
  return { positionId: position.id, households: matches.slice(0, input.limit) };
}
