import { type Database, listMatchMembers, listPositionPage } from '@bangfu/db';
import { DEFAULT_MATCH_POLICY, type MatchReason, rankPositions } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { type PositionDto, toPositionDto } from '../employment/position-dto';
import { type HouseholdMatchFields, prefectureCode, toMatchHousehold } from '../matching/match-inputs';
import { POSITION_BOUND } from '../matching/matches-for-household';
import { loadMemberSkills } from '../matching/member-skills';

export interface RankedMatch {
  position: PositionDto;
  memberId: string;
  memberName: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * The household's listed positions in its prefecture, best fit first: the same inputs and rule as
 * matching.forHousehold, on any executor (so a push can rank inside its transaction).
 */
export async function rankPositionsForHousehold(
  db: Kysely<Database> | Transaction<Database>,
  household: HouseholdMatchFields & { id: string },
  asOf: string,
): Promise<RankedMatch[]> {
  const members = await listMatchMembers(db, { householdIds: [household.id] });
  const skills = await loadMemberSkills(db, members);
  const rows = await listPositionPage(db, {
    divisionCode: prefectureCode(household.division_code),
    listedOn: asOf,
    limit: POSITION_BOUND,
  });
  const positions = new Map(rows.slice(0, POSITION_BOUND).map((r) => [r.id, toPositionDto(r, asOf)]));
  const ranked = rankPositions(
    toMatchHousehold(household, members, asOf, skills),
    [...positions.values()],
    DEFAULT_MATCH_POLICY,
    asOf,
  );
  const names = new Map(members.map((m) => [m.id, m.name]));
  return ranked.map((r) => ({
    position: positions.get(r.positionId)!,
    memberId: r.memberId,
    memberName: names.get(r.memberId) ?? '',
    score: r.score,
    reasons: r.reasons,
  }));
}
