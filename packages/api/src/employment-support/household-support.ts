import { highestGrade, type SkillGrade } from '@bangfu/domain';
import type { StaffContext } from '../employment/employment-errors';
import { householdInScope } from '../training/household-in-scope';
import { type EntryDto, toEntryDto } from './competition-dto';
import { listEntries } from './competition-queries';
import { listHouseholdGrades } from './grade-queries';
import { type InternshipDto, toInternshipDto } from './internship-dto';
import { listHouseholdInternships } from './internship-queries';
import { type MentorshipDto, toMentorshipDto } from './mentorship-dto';
import { listHouseholdMentorships } from './mentorship-queries';
import { type StartupCaseDto, toStartupCaseDto } from './startup-dto';
import { listStartupCases } from './startup-queries';

export interface MemberGradeDto {
  memberId: string;
  grade: SkillGrade;
  skill: string;
  source: 'TRAINING' | 'COMPETITION' | 'MENTORSHIP';
  obtainedOn: string;
}

export interface HouseholdSupportDto {
  internships: InternshipDto[];
  competitionEntries: EntryDto[];
  mentorships: MentorshipDto[];
  startups: StartupCaseDto[];
  /** Each member's highest grade from any route (结业, 技能比武, 出师). */
  grades: MemberGradeDto[];
}

/** Everything of employment support on a household's 培训与就业 card. Out of scope is "not found". */
export async function householdSupport({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { householdId: string };
}): Promise<HouseholdSupportDto> {
  const h = await householdInScope(ctx.db, ctx.actor, input.householdId);
  const scopePath = ctx.actor.orgPath;
  const [internships, entries, mentorships, startups, grades] = await Promise.all([
    listHouseholdInternships(ctx.db, { householdId: h.id }),
    listEntries(ctx.db, { scopePath, householdId: h.id }),
    listHouseholdMentorships(ctx.db, { householdId: h.id }),
    listStartupCases(ctx.db, { scopePath, householdId: h.id, limit: 50 }),
    listHouseholdGrades(ctx.db, { householdId: h.id }),
  ]);
  const byMember = new Map<string, typeof grades>();
  for (const g of grades) byMember.set(g.memberId, [...(byMember.get(g.memberId) ?? []), g]);
  const best: MemberGradeDto[] = [];
  for (const [memberId, list] of byMember) {
    const top = highestGrade(list);
    if (top)
      best.push({
        memberId,
        grade: top.grade,
        skill: top.skill,
        source: top.source,
        obtainedOn: top.obtainedOn,
      });
  }
  return {
    internships: internships.map(toInternshipDto),
    competitionEntries: entries.map(toEntryDto),
    mentorships: mentorships.map(toMentorshipDto),
    startups: startups.map(toStartupCaseDto),
    grades: best,
  };
}
