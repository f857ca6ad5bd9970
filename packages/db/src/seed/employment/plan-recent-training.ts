import type { Division } from '@bangfu/domain';
import { addDays } from '../calendar';
import { prefectureShort } from '../org-names';
import { COURSE_TEMPLATES } from './course-templates';
import type { FilingUnion } from './plan-context';
import { type PlannedEmployer, pickCounty } from './plan-employers';
import type { PoolMember } from './training-pool';
import {
  courseRow,
  enrollmentRow,
  placementRow,
  sessionRow,
  type TrainingPlanContext,
  type TrainingRows,
} from './training-rows';

/** Placements of the last eleven months: about one member in eight of the pool, at most 40. */
const MAX_RECENT_PLACEMENTS = 40;

/**
 * A prefecture's courses of the past year and the next month: 4–7 courses run by grassroots unions,
 * members of its households enrolled (completed once the course is over), sessions with their
 * attendance, and recent placements into its employers with their retention checks.
 */
export function planRecentTraining(
  ctx: TrainingPlanContext,
  prefecture: Division,
  employers: readonly PlannedEmployer[],
  pool: readonly PoolMember[],
  out: TrainingRows,
): void {
  const { rng, today } = ctx;
  const members = [...pool];
  rng.shuffle(members);
  let cursor = 0;
  const place = prefectureShort(prefecture)[0];
  const courses = rng.int(4, 7);
  for (let i = 0; i < courses; i++) {
    const template = rng.pick(COURSE_TEMPLATES);
    const county = pickCounty(rng, prefecture);
    const union: FilingUnion = rng.pick(ctx.unionsOf(county.code));
    const start = addDays(today, -rng.int(-30, 360));
    const days = rng.int(10, 30);
    const capacity = rng.int(20, 40);
    const course = courseRow(ctx, template, union, place, start, days, capacity);
    out.training_course.push(course);
    const finished = addDays(start, days - 1) < today;
    const wanted = Math.min(members.length, rng.int(5, capacity));
    const enrolled = [];
    for (let k = 0; k < wanted; k++) enrolled.push(members[(cursor + k) % members.length] as PoolMember);
    cursor += wanted;
    for (const m of enrolled) out.training_enrollment.push(enrollmentRow(ctx, course, m, finished));
    const held = Math.min(6, Math.ceil(Math.min(days, Math.max(0, (today - start) / 86_400_000)) / 5));
    for (let s = 0; s < held; s++) {
      const day = addDays(start, Math.floor((s * days) / Math.max(held, 1)));
      const attendance = Math.max(0, enrolled.length - rng.int(0, 3)) + rng.int(0, 10);
      out.training_session.push(sessionRow(ctx, course, day, `${template.skill}第${s + 1}讲`, attendance));
    }
  }
  if (employers.length === 0) return;
  const placed = Math.min(MAX_RECENT_PLACEMENTS, Math.floor(members.length / 8));
  for (let k = 0; k < placed; k++) {
    const m = members[members.length - 1 - k] as PoolMember;
    out.placement.push(placementRow(ctx, m, rng.pick(employers), addDays(today, -rng.int(0, 330))));
  }
}
