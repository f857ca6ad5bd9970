import type { MatchMemberRow } from '@bangfu/db';
import {
  ageAt,
  type DisabilityKind,
  type HealthStatus,
  type MatchHousehold,
  type MatchMember,
  type SchoolStage,
  type WorkStatus,
} from '@bangfu/domain';

/** What matching reads of a household row (the full row or the lean candidate row). */
export interface HouseholdMatchFields {
  division_code: string;
  monthly_income_fen: number;
  member_count: number;
}

/** Skills by member id (loadMemberSkills); a member without completed training has none. */
export type MemberSkills = ReadonlyMap<string, readonly string[]>;

export function toMatchMember(m: MatchMemberRow, asOf: string, skills: MemberSkills): MatchMember {
  return {
    id: m.id,
    name: m.name,
    // A birth date after the business date is a data error; such a member is no candidate.
    age: m.birth_date <= asOf ? ageAt(m.birth_date, asOf) : 0,
    workStatus: m.work_status as WorkStatus,
    health: m.health as HealthStatus,
    disabilityKind: m.disability_kind as DisabilityKind | null,
    schoolStage: m.school_stage as SchoolStage,
    // Skills come from the courses the member completed (1户1技能).
    skills: skills.get(m.id) ?? [],
  };
}

export function toMatchHousehold(
  h: HouseholdMatchFields,
  members: readonly MatchMemberRow[],
  asOf: string,
  skills: MemberSkills,
): MatchHousehold {
  return {
    countyCode: h.division_code,
    monthlyIncomeFen: h.monthly_income_fen,
    memberCount: h.member_count,
    members: members.map((m) => toMatchMember(m, asOf, skills)),
  };
}

/** The prefecture code ('520300') of a county code ('520302'). */
export const prefectureCode = (countyCode: string): string => `${countyCode.slice(0, 4)}00`;

/** Groups member rows by household, keeping their order. */
export function membersByHousehold(rows: readonly MatchMemberRow[]): Map<string, MatchMemberRow[]> {
  const out = new Map<string, MatchMemberRow[]>();
  for (const r of rows) {
    const list = out.get(r.household_id);
    if (list) list.push(r);
    else out.set(r.household_id, [r]);
  }
  return out;
}
