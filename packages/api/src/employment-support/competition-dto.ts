import type { CompetitionLevel, SkillGrade } from '@bangfu/domain';
import type { CompetitionRow, EntryRow } from './competition-queries';

export interface CompetitionDto {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  trade: string;
  level: CompetitionLevel;
  heldOn: string;
  /** Entrants from households the reader may see. */
  entrants: number;
  version: number;
}

export function toCompetitionDto(r: CompetitionRow & { entrants?: number | string | null }): CompetitionDto {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    title: r.title,
    trade: r.trade,
    level: r.level as CompetitionLevel,
    heldOn: r.held_on,
    entrants: Number(r.entrants ?? 0),
    version: r.version,
  };
}

export interface EntryDto {
  id: string;
  competitionId: string;
  competitionTitle: string;
  trade: string;
  heldOn: string;
  householdId: string;
  memberId: string;
  memberName: string;
  rank: number | null;
  gradeAwarded: SkillGrade | null;
  version: number;
}

export function toEntryDto(r: EntryRow): EntryDto {
  return {
    id: r.id,
    competitionId: r.competition_id,
    competitionTitle: r.title,
    trade: r.trade,
    heldOn: r.held_on,
    householdId: r.household_id,
    memberId: r.member_id,
    memberName: r.member_name,
    rank: r.rank,
    gradeAwarded: r.grade_awarded as SkillGrade | null,
    version: r.version,
  };
}
