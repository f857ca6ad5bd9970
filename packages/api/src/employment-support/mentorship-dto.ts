import type { MentorshipStatus, SkillGrade } from '@bangfu/domain';
import type { MentorshipRow } from './mentorship-queries';

export interface MentorshipDto {
  id: string;
  householdId: string;
  memberId: string;
  memberName: string;
  mentorName: string;
  mentorUnit: string;
  trade: string;
  startDate: string;
  targetGrade: SkillGrade;
  status: MentorshipStatus;
  outcomeGrade: SkillGrade | null;
  endedOn: string | null;
  version: number;
}

export function toMentorshipDto(r: MentorshipRow): MentorshipDto {
  return {
    id: r.id,
    householdId: r.household_id,
    memberId: r.member_id,
    memberName: r.member_name,
    mentorName: r.mentor_name,
    mentorUnit: r.mentor_unit,
    trade: r.trade,
    startDate: r.start_date,
    targetGrade: r.target_grade as SkillGrade,
    status: r.status as MentorshipStatus,
    outcomeGrade: r.outcome_grade as SkillGrade | null,
    endedOn: r.ended_on,
    version: r.version,
  };
}
