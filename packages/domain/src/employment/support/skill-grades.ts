import { SkillGrade } from '../training/training-enums';

/** Where a member's grade came from: a course (结业), a competition (技能比武) or mentoring (出师). */
export type GradeSource = 'TRAINING' | 'COMPETITION' | 'MENTORSHIP';

export interface EarnedGrade {
  readonly skill: string;
  readonly grade: SkillGrade;
  readonly source: GradeSource;
  readonly obtainedOn: string;
}

/** Grades in ascending order: 初级 < 中级 < 高级 < 技师 < 高级技师. */
export function gradeRank(grade: SkillGrade): number {
  return SkillGrade.values.indexOf(grade);
}

/** The highest grade a member holds across every source; null when none was earned. */
export function highestGrade(grades: readonly EarnedGrade[]): EarnedGrade | null {
  let best: EarnedGrade | null = null;
  for (const g of grades) {
    if (
      best === null ||
      gradeRank(g.grade) > gradeRank(best.grade) ||
      (gradeRank(g.grade) === gradeRank(best.grade) && g.obtainedOn < best.obtainedOn)
    ) {
      best = g;
    }
  }
  return best;
}

/** Whether an award raises a member above what they already hold (a lower award never lowers it). */
export function raisesGrade(current: SkillGrade | null, awarded: SkillGrade | null): boolean {
  if (awarded === null) return false;
  return current === null || gradeRank(awarded) > gradeRank(current);
}
