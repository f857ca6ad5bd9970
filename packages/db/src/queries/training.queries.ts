import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { Database, TrainingCourseTable, TrainingEnrollmentTable } from '../schema';

type Executor = Kysely<Database> | Transaction<Database>;

const likeSubtree = (path: string): string => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// ---- courses ---------------------------------------------------------------------------------

function courseQuery(db: Executor) {
  return db
    .selectFrom('training_course as c')
    .innerJoin('org_unit as o', 'o.id', 'c.org_id')
    .selectAll('c')
    .select('o.name as org_name')
    .select((eb) =>
      eb
        .selectFrom('training_enrollment as te')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('te.course_id', '=', 'c.id')
        .where('te.status', '!=', 'DROPPED')
        .as('enrolled'),
    );
}

export type CourseRow = Awaited<ReturnType<typeof getCourse>> & {};

/** One course with its union's name and its places taken; `forUpdate` locks it. */
export function getCourse(db: Executor, input: { id: string; forUpdate?: boolean }) {
  let q = courseQuery(db).where('c.id', '=', input.id);
  if (input.forUpdate) q = q.forUpdate('c');
  return q.executeTakeFirst();
}

/** A keyset page of courses, latest start first; limit + 1 rows. */
export function listCoursePage(
  db: Executor,
  q: { after?: { startDate: string; id: string } | undefined; limit: number },
) {
  let query = courseQuery(db);
  const a = q.after;
  if (a) query = query.where(sql<boolean>`(c.start_date, c.id) < (${a.startDate}::date, ${a.id}::uuid)`);
  return query
    .orderBy('c.start_date', 'desc')
    .orderBy('c.id', 'desc')
    .limit(q.limit + 1)
    .execute();
}

export function insertCourse(trx: Transaction<Database>, row: Insertable<TrainingCourseTable>) {
  return trx.insertInto('training_course').values(row).execute();
}

// ---- enrollments -----------------------------------------------------------------------------

function enrollmentQuery(db: Executor) {
  return db
    .selectFrom('training_enrollment as te')
    .innerJoin('training_course as c', 'c.id', 'te.course_id')
    .innerJoin('household_member as m', 'm.id', 'te.member_id')
    .selectAll('te')
    .select([
      'c.title as course_title',
      'c.skill as course_skill',
      'c.start_date as course_start_date',
      'm.name as member_name',
    ]);
}

export type EnrollmentRow = Awaited<ReturnType<typeof getEnrollment>> & {};

/** One enrollment whose household lies under `scopePath`; `forUpdate` locks it. */
export function getEnrollment(db: Executor, input: { id: string; scopePath: string; forUpdate?: boolean }) {
  let q = enrollmentQuery(db)
    .innerJoin('household as h', 'h.id', 'te.household_id')
    .where('te.id', '=', input.id)
    .where('h.org_path', 'like', likeSubtree(input.scopePath));
  if (input.forUpdate) q = q.forUpdate('te');
  return q.executeTakeFirst();
}

export function listHouseholdEnrollments(db: Executor, input: { householdId: string }) {
  return enrollmentQuery(db)
    .where('te.household_id', '=', input.householdId)
    .orderBy('te.created_at', 'desc')
    .orderBy('te.id', 'desc')
    .execute();
}

/** Whether a member is already on a course (in any status). */
export function hasEnrollment(db: Executor, input: { courseId: string; memberId: string }) {
  return db
    .selectFrom('training_enrollment')
    .select('id')
    .where('course_id', '=', input.courseId)
    .where('member_id', '=', input.memberId)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

export function insertEnrollment(trx: Transaction<Database>, row: Insertable<TrainingEnrollmentTable>) {
  return trx.insertInto('training_enrollment').values(row).execute();
}

/** Writes an enrollment if it still has `version`; returns how many rows changed (0 or 1). */
export async function updateEnrollment(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: Updateable<TrainingEnrollmentTable> },
): Promise<number> {
  const r = await trx
    .updateTable('training_enrollment')
    .set({ ...input.set, version: input.version + 1 })
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The skills members gained on courses they completed (guards the empty list). */
export function listCompletedSkills(db: Executor, input: { memberIds: readonly string[] }) {
  if (input.memberIds.length === 0) return Promise.resolve([]);
  // Every route to a skill counts: 结业, 技能比武 and 出师 (the member_skill_grade view).
  return db
    .selectFrom('member_skill_grade as g')
    .select(['g.member_id', 'g.skill'])
    .where('g.member_id', 'in', [...input.memberIds])
    .orderBy('g.member_id')
    .orderBy('g.obtained_on')
    .execute();
}

/**
 * 1户1技能: households under `scopePath` in one of `statuses`, and how many of them have a member
 * who completed a course.
 */
export async function countSkillIndicator(
  db: Executor,
  q: { scopePath: string; statuses: readonly string[] },
): Promise<{ filed: number; withSkill: number }> {
  if (q.statuses.length === 0) return { filed: 0, withSkill: 0 };
  const row = await db
    .selectFrom('household as h')
    .select((eb) => [
      eb.fn.countAll<number>().as('filed'),
      eb.fn
        .count<number>('h.id')
        .filterWhere(
          eb.exists(
            eb
              .selectFrom('training_enrollment as te')
              .select('te.id')
              .whereRef('te.household_id', '=', 'h.id')
              .where('te.status', '=', 'COMPLETED'),
          ),
        )
        .as('with_skill'),
    ])
    .where('h.org_path', 'like', likeSubtree(q.scopePath))
    .where('h.status', 'in', [...q.statuses])
    .executeTakeFirstOrThrow();
  return { filed: Number(row.filed), withSkill: Number(row.with_skill) };
}
