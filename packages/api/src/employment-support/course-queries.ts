import { sql } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { Executor } from './support-executor';

export interface CourseCatalogueQuery {
  scopePath: string | null;
  category?: string | undefined;
  search?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
}

/**
 * Courses with their places taken, sessions held and attendances, latest start first. Courses are
 * programme information; `scopePath` narrows them to one union's subtree when asked for.
 */
export function listCourseCatalogue(db: Executor, q: CourseCatalogueQuery) {
  let query = db
    .selectFrom('training_course as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_id')
    .select([
      'c.id',
      'c.org_id',
      'o.name as org_name',
      'c.title',
      'c.category',
      'c.skill',
      'c.partner',
      'c.start_date',
      'c.end_date',
      'c.capacity',
      'c.certificate',
    ])
    .select((eb) => [
      eb
        .selectFrom('training_enrollment as te')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('te.course_id', '=', 'c.id')
        .where('te.status', '!=', 'DROPPED')
        .as('enrolled'),
      eb
        .selectFrom('training_enrollment as te')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('te.course_id', '=', 'c.id')
        .where('te.status', '=', 'COMPLETED')
        .as('completed'),
      eb
        .selectFrom('training_session as s')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('s.course_id', '=', 'c.id')
        .as('sessions'),
      eb
        .selectFrom('training_session as s')
        .select(sql<number>`coalesce(sum(s.attendance), 0)`.as('n'))
        .whereRef('s.course_id', '=', 'c.id')
        .as('attendance'),
    ]);
  if (q.scopePath) query = query.where('c.org_path', 'like', subtreePattern(q.scopePath));
  if (q.category) query = query.where('c.category', '=', q.category);
  if (q.from) query = query.where('c.end_date', '>=', q.from);
  if (q.to) query = query.where('c.start_date', '<=', q.to);
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) => eb.or([eb('c.title', 'like', like), eb('c.skill', 'like', like)]));
  }
  return query.orderBy('c.start_date', 'desc').orderBy('c.id', 'desc').limit(q.limit).execute();
}

export type CatalogueRow = Awaited<ReturnType<typeof listCourseCatalogue>>[number];
