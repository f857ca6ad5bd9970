import { retentionDueDate } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { PlacementTable, TrainingCourseTable, TrainingEnrollmentTable } from '../../schema';
import type { TrainingSessionTable } from '../../schema-parts/employment-support';
import { addDays, type DayStamp, isoDay } from '../calendar';
import type { Rng } from '../prng';
import type { CourseTemplate } from './course-templates';
import { PARTNERS } from './course-templates';
import type { EmploymentPlanContext, FilingUnion } from './plan-context';
import type { PlannedEmployer } from './plan-employers';
import type { PoolMember } from './training-pool';

const DAY_MS = 86_400_000;

/** The rows the training planners add up, inserted in this order. */
export interface TrainingRows {
  training_course: Insertable<TrainingCourseTable>[];
  training_session: Insertable<TrainingSessionTable>[];
  training_enrollment: Insertable<TrainingEnrollmentTable>[];
  placement: Insertable<PlacementTable>[];
}

export const emptyTrainingRows = (): TrainingRows => ({
  training_course: [],
  training_session: [],
  training_enrollment: [],
  placement: [],
});

export interface TrainingPlanContext extends EmploymentPlanContext {
  readonly trainingIdRng: Rng;
}

const stamp = (ctx: TrainingPlanContext, day: DayStamp): Date =>
  new Date(Math.min(ctx.now.getTime(), day + 9 * 3_600_000));
export const idAt = (ctx: TrainingPlanContext, at: Date): string =>
  newId(at.getTime(), ctx.trainingIdRng.bytes(10));

/** A course of `template` run by `union` from `start` for `days` days. */
export function courseRow(
  ctx: TrainingPlanContext,
  t: CourseTemplate,
  union: FilingUnion,
  place: string,
  start: DayStamp,
  days: number,
  capacity: number,
): Insertable<TrainingCourseTable> {
  const created = stamp(ctx, addDays(start, -ctx.rng.int(10, 30)));
  return {
    id: idAt(ctx, created),
    org_id: union.id,
    org_path: union.path,
    title: t.title,
    category: t.category,
    skill: t.skill,
    partner: `${place}${ctx.rng.pick(PARTNERS)}`,
    start_date: isoDay(start),
    end_date: isoDay(addDays(start, days - 1)),
    capacity,
    certificate: t.certificate,
    created_at: created,
    updated_at: created,
    created_by: ctx.createdBy,
  };
}

export function sessionRow(
  ctx: TrainingPlanContext,
  course: Insertable<TrainingCourseTable>,
  day: DayStamp,
  topic: string,
  attendance: number,
): Insertable<TrainingSessionTable> {
  const at = stamp(ctx, day);
  return {
    id: idAt(ctx, at),
    course_id: course.id,
    org_path: course.org_path,
    held_on: isoDay(day),
    topic,
    attendance,
    created_at: at,
    updated_at: at,
    created_by: ctx.createdBy,
  };
}

const GRADES = ['JUNIOR', 'JUNIOR', 'JUNIOR', 'INTERMEDIATE', 'INTERMEDIATE', null] as const;

/** An enrolment: completed with a grade once the course is over (a few drop out), else in training. */
export function enrollmentRow(
  ctx: TrainingPlanContext,
  course: Insertable<TrainingCourseTable>,
  m: PoolMember,
  finished: boolean,
  mayDrop = true,
): Insertable<TrainingEnrollmentTable> {
  const at = new Date(Date.parse(`${course.start_date}T01:00:00Z`) - ctx.rng.int(1, 9) * DAY_MS);
  const days = (Date.parse(course.end_date as string) - Date.parse(course.start_date as string)) / DAY_MS + 1;
  const dropped = finished && mayDrop && ctx.rng.chance(0.05);
  const completed = finished && !dropped;
  return {
    id: idAt(ctx, at),
    course_id: course.id,
    household_id: m.householdId,
    member_id: m.memberId,
    status: completed ? 'COMPLETED' : dropped ? 'DROPPED' : 'ENROLLED',
    attendance_days: completed ? Math.max(1, days - ctx.rng.int(0, 2)) : 0,
    skill_grade: completed ? ctx.rng.pick(GRADES) : null,
    completed_on: completed ? course.end_date : null,
    created_at: at,
    updated_at: at,
  };
}

/** A placement from `start`; its 6-month retention check is recorded once due, mostly retained. */
export function placementRow(
  ctx: TrainingPlanContext,
  m: PoolMember,
  employer: PlannedEmployer,
  start: DayStamp,
): Insertable<PlacementTable> {
  const startDate = isoDay(start);
  const due = retentionDueDate(startDate);
  const dueDay = Date.parse(`${due}T00:00:00Z`);
  const checkDay = addDays(dueDay, ctx.rng.int(0, 20));
  const checked = checkDay <= ctx.today && ctx.rng.chance(0.9);
  const at = stamp(ctx, start);
  return {
    id: idAt(ctx, at),
    household_id: m.householdId,
    member_id: m.memberId,
    position_id: null,
    employer_id: employer.row.id,
    employer_name_snapshot: employer.row.name,
    start_date: startDate,
    monthly_wage_fen: ctx.rng.int(22, 50) * 10_000,
    retention_due: due,
    retention_checked_on: checked ? isoDay(checkDay) : null,
    retained: checked ? ctx.rng.chance(0.87) : null,
    created_at: at,
    updated_at: checked ? stamp(ctx, checkDay) : at,
    created_by: ctx.createdBy,
  };
}
