import { getHousehold, listMatchMembers, listPositionPage } from '@bangfu/db';
import {
  DEFAULT_MATCH_POLICY,
  type MatchForHousehold,
  type MatchReason,
  rankPositions,
} from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { notFound } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';
import { type PositionDto, toPositionDto } from '../employment/position-dto';
import { prefectureCode, toMatchHousehold } from './match-inputs';
import { loadMemberSkills } from './member-skills';

/** At most this many listed positions of a prefecture are ranked (newest first). */
export const POSITION_BOUND = 1_000;

export interface PositionMatchDto {
  position: PositionDto;
  memberId: string;
  memberName: string;
  score: number;
  reasons: MatchReason[];
}

export interface HouseholdMatchesDto {
  householdId: string;
  ranked: PositionMatchDto[];
}

/** 送岗到户: a household's best-fitting listed positions in its prefecture. Out of scope is "not found". */
export async function matchesForHousehold({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: MatchForHousehold;
}): Promise<HouseholdMatchesDto> {
  const asOf = businessDate(ctx.now());
  const h = await getHousehold(ctx.db, { id: input.householdId, scopePath: ctx.actor.orgPath });
  if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
  const members = await listMatchMembers(ctx.db, { householdIds: [h.id] });
  const skills = await loadMemberSkills(ctx.db, members);
  const rows = await listPositionPage(ctx.db, {
    divisionCode: prefectureCode(h.division_code),
    listedOn: asOf,
    limit: POSITION_BOUND,
  });
  const positions = new Map(rows.slice(0, POSITION_BOUND).map((r) => [r.id, toPositionDto(r, asOf)]));
  const ranked = rankPositions(
    toMatchHousehold(h, members, asOf, skills),
    [...positions.values()],
    DEFAULT_MATCH_POLICY,
    asOf,
  );
  const names = new Map(members.map((m) => [m.id, m.name]));
  return {
    householdId: h.id,
    ranked: ranked.slice(0, input.limit).map((r) => ({
      position: positions.get(r.positionId)!,
      memberId: r.memberId,
      memberName: names.get(r.memberId) ?? '',
      score: r.score,
      reasons: r.reasons,
    })),
  };
}
