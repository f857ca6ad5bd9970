import type { PositionTable } from '@bangfu/db';
import type { PositionCreate } from '@bangfu/domain';

/** The position columns an employment officer's form sets directly. */
export function positionColumns(
  p: Omit<PositionCreate, 'employerId'>,
): Pick<
  PositionTable,
  | 'title'
  | 'category'
  | 'division_code'
  | 'work_address'
  | 'salary_min_fen'
  | 'salary_max_fen'
  | 'headcount'
  | 'hours'
  | 'requirements'
  | 'skills'
  | 'suitability'
  | 'valid_from'
  | 'valid_to'
  | 'training_course_id'
> {
  return {
    title: p.title,
    category: p.category,
    division_code: p.divisionCode,
    work_address: p.workAddress,
    salary_min_fen: p.salaryMinFen,
    salary_max_fen: p.salaryMaxFen,
    headcount: p.headcount,
    hours: p.hours,
    requirements: p.requirements,
    skills: p.skills,
    suitability: p.suitability,
    valid_from: p.validFrom,
    valid_to: p.validTo,
    training_course_id: p.trainingCourseId,
  };
}
