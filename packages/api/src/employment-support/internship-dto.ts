import type { InternshipOutcome } from '@bangfu/domain';
import type { InternshipRow } from './internship-queries';

export interface InternshipDto {
  id: string;
  householdId: string;
  memberId: string;
  memberName: string;
  employerId: string;
  employerName: string;
  positionId: string | null;
  startDate: string;
  endDate: string | null;
  stipendFen: number;
  mentorName: string | null;
  outcome: InternshipOutcome;
  version: number;
}

export function toInternshipDto(r: InternshipRow): InternshipDto {
  return {
    id: r.id,
    householdId: r.household_id,
    memberId: r.member_id,
    memberName: r.member_name,
    employerId: r.employer_id,
    employerName: r.employer_name_snapshot,
    positionId: r.position_id,
    startDate: r.start_date,
    endDate: r.end_date,
    stipendFen: Number(r.stipend_fen),
    mentorName: r.mentor_name,
    outcome: r.outcome as InternshipOutcome,
    version: r.version,
  };
}
