import { listCoursePage } from '@bangfu/db';
import type { CourseListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import type { StaffContext } from '../employment/employment-errors';
import { type CourseDto, toCourseDto } from './course-dto';

/** Training courses of every union, latest start first. */
export async function listCourses({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CourseListQuery;
}): Promise<Page<CourseDto>> {
  const after = decodeCursor(input.cursor);
  const rows = await listCoursePage(ctx.db, {
    after: after?.key ? { startDate: after.key, id: after.id } : undefined,
    limit: input.limit,
  });
  return toPage(rows, input.limit, toCourseDto, (r) => r.start_date);
}
