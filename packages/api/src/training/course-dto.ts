import type { CourseRow } from '@bangfu/db';
import type { PositionCategory } from '@bangfu/domain';

export interface CourseDto {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  category: PositionCategory;
  skill: string;
  partner: string;
  startDate: string;
  endDate: string;
  capacity: number;
  /** Places taken: enrollments not dropped. */
  enrolled: number;
  certificate: string | null;
  version: number;
}

export function toCourseDto(r: CourseRow): CourseDto {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    title: r.title,
    category: r.category as PositionCategory,
    skill: r.skill,
    partner: r.partner,
    startDate: r.start_date,
    endDate: r.end_date,
    capacity: r.capacity,
    enrolled: Number(r.enrolled ?? 0),
    certificate: r.certificate,
    version: r.version,
  };
}
