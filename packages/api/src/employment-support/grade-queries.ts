import type { EarnedGrade, GradeSource, SkillGrade } from '@bangfu/domain';
import type { Executor } from './support-executor';

export interface MemberGradeRow extends EarnedGrade {
  memberId: string;
  sourceId: string;
}

/**
 * The graded skills of a household's members from every route (结业, 技能比武, 出师), read from
 * the member_skill_grade view; `exceptSourceId` leaves one record out (the one being changed).
 */
export async function listHouseholdGrades(
  db: Executor,
  input: { householdId: string; memberId?: string; exceptSourceId?: string },
): Promise<MemberGradeRow[]> {
  let q = db
    .selectFrom('member_skill_grade')
    .select(['source_id', 'member_id', 'skill', 'grade', 'source', 'obtained_on'])
    .where('household_id', '=', input.householdId)
    .where('grade', 'is not', null);
  if (input.memberId) q = q.where('member_id', '=', input.memberId);
  if (input.exceptSourceId) q = q.where('source_id', '!=', input.exceptSourceId);
  const rows = await q.orderBy('member_id').orderBy('obtained_on').orderBy('source_id').execute();
  return rows.map((r) => ({
    sourceId: r.source_id,
    memberId: r.member_id,
    skill: r.skill,
    grade: r.grade as SkillGrade,
    source: r.source as GradeSource,
    obtainedOn: r.obtained_on ?? '',
  }));
}
