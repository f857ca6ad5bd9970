import { apportion } from '../apportion';
import { addDays } from '../calendar';
import { COURSE_TEMPLATES, MIGRANT_TEMPLATES } from './course-templates';
import type { FilingUnion } from './plan-context';
import type { PlannedEmployer } from './plan-employers';
import type { PoolMember } from './training-pool';
import {
  courseRow,
  enrollmentRow,
  placementRow,
  sessionRow,
  type TrainingPlanContext,
  type TrainingRows,
} from './training-rows';

/** 六盘水 (水钢、水矿 redeployment), 2016, from the seed article. */
export const LIUPANSHUI = '520200';
export const LIUPANSHUI_2016 = {
  /** 对376人开展了"1户1技能"培训: one member of 376 households completes a course. */
  trained: 376,
  /** 举办农民工技能培训110场,6217人次参加. */
  sessions: 110,
  attendance: 6_217,
  /** 帮助近3000人实现就业再就业 ("nearly 3,000"): distinct workers placed in 2016. */
  placed: 2_980,
} as const;

const YEAR_START = Date.UTC(2016, 0, 1);
const ONE_SKILL_COURSES = 12;
const MIGRANT_COURSES = 10;

export interface Liupanshui2016Report {
  readonly trained: number;
  readonly sessions: number;
  readonly attendance: number;
  readonly placed: number;
}

/**
 * The article's 2016 programme of the 六盘水 federation, exact where the pool allows it (a small
 * seed has fewer households than the article; then every able household gets its course and every
 * able member a job). Sessions and attendances never depend on the households, so they are exact.
 */
export function planLiupanshui2016(
  ctx: TrainingPlanContext,
  federation: FilingUnion,
  employers: readonly PlannedEmployer[],
  pool: readonly PoolMember[],
  out: TrainingRows,
): Liupanshui2016Report {
  const { rng } = ctx;
  const target = LIUPANSHUI_2016;
  // 1户1技能: the first able member of each of `trained` households.
  const members = [...pool];
  rng.shuffle(members);
  const seen = new Set<string>();
  const trainees = members
    .filter((m) => !seen.has(m.householdId) && seen.add(m.householdId))
    .slice(0, target.trained);
  const shares = apportion(
    trainees.length,
    Array.from({ length: ONE_SKILL_COURSES }, () => rng.int(25, 40)),
  );
  let next = 0;
  shares.forEach((share, i) => {
    const start = addDays(YEAR_START, rng.int(10, 320));
    const course = courseRow(
      ctx,
      COURSE_TEMPLATES[i % COURSE_TEMPLATES.length]!,
      federation,
      '六盘水',
      start,
      rng.int(10, 25),
      share + rng.int(0, 5) || 1,
    );
    out.training_course.push(course);
    for (const m of trainees.slice(next, next + share))
      out.training_enrollment.push(enrollmentRow(ctx, course, m, true, false));
    next += share;
  });
  // 农民工技能培训: 110 sessions over 10 courses, 6,217 attendances in all.
  const perSession = apportion(
    target.attendance,
    Array.from({ length: target.sessions }, () => rng.int(40, 75)),
  );
  const perCourse = apportion(target.sessions, Array(MIGRANT_COURSES).fill(1));
  let s = 0;
  perCourse.forEach((count, i) => {
    const template = MIGRANT_TEMPLATES[i % MIGRANT_TEMPLATES.length]!;
    const days = count * 3;
    const start = addDays(YEAR_START, rng.int(0, 365 - days));
    const heads = perSession.slice(s, s + count);
    const course = courseRow(ctx, template, federation, '六盘水', start, days, Math.max(1, ...heads));
    out.training_course.push(course);
    heads.forEach((n, k) => {
      const topic = `${template.skill}第${k + 1}场`;
      out.training_session.push(sessionRow(ctx, course, addDays(start, k * 3), topic, n));
    });
    s += count;
  });
  // 近3000人实现就业再就业: distinct members placed with the prefecture's employers during 2016.
  const placed = [...pool];
  rng.shuffle(placed);
  const hires = employers.length === 0 ? [] : placed.slice(0, target.placed);
  for (const m of hires)
    out.placement.push(placementRow(ctx, m, rng.pick(employers), addDays(YEAR_START, rng.int(0, 365))));
  return {
    trained: trainees.length,
    sessions: target.sessions,
    attendance: target.attendance,
    placed: hires.length,
  };
}
