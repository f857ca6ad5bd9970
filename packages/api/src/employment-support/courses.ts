import type { CourseCatalogueQuery, PositionCategory } from '@bangfu/domain';
import { getOrgInScope } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';
import { listCourseCatalogue } from './course-queries';

export interface CourseCatalogueDto {
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
  enrolled: number;
  completed: number;
  sessions: number;
  attendance: number;
  certificate: string | null;
}

/** The course list page: courses filtered by union, category, dates and words, with their counts. */
export async function courseCatalogue({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CourseCatalogueQuery;
}): Promise<CourseCatalogueDto[]> {
  const scopePath = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : null;
  const rows = await listCourseCatalogue(ctx.db, { ...input, scopePath });
  return rows.map((r) => ({
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
    completed: Number(r.completed ?? 0),
    sessions: Number(r.sessions ?? 0),
    attendance: Number(r.attendance ?? 0),
    certificate: r.certificate,
  }));
}
