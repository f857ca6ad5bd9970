import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { EmployerTable, PositionTable } from '../../schema';
import { addDays, type DayStamp, isoDay } from '../calendar';
import type { EmploymentPlanContext } from './plan-context';
import type { JobTemplate } from './trades';

const DAY_MS = 86_400_000;
const round100 = (yuan: number): number => Math.round(yuan / 100) * 100;

/** One position; about 8 % expired, 6 % filled and 3 % closed, so the listing rule has work to do. */
export function planPosition(
  ctx: EmploymentPlanContext,
  employer: Insertable<EmployerTable>,
  job: JobTemplate,
): Insertable<PositionTable> {
  const { rng, today } = ctx;
  const [lo, hi] = job.yuan;
  const minYuan = round100(rng.int(lo, Math.floor((lo + hi) / 2)));
  const maxYuan = Math.min(hi, minYuan + 100 * rng.int(3, 15));
  const headcount = rng.pick([1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10]);
  const roll = rng.float();
  let from: DayStamp;
  let to: DayStamp;
  let filled = 0;
  let status = 'OPEN';
  if (roll < 0.08) {
    to = addDays(today, -rng.int(1, 40));
    from = addDays(to, -rng.int(30, 90));
  } else {
    from = addDays(today, -rng.int(0, 60));
    to = addDays(today, rng.int(14, 150));
    if (roll < 0.14) filled = headcount;
    else if (roll < 0.17) status = 'CLOSED';
    else if (rng.chance(0.3)) filled = rng.int(0, headcount - 1);
  }
  const createdAt = new Date(Math.min(ctx.now.getTime(), from - rng.int(0, 5) * DAY_MS + 3_600_000));
  return {
    id: newId(createdAt.getTime(), ctx.idRng.bytes(10)),
    employer_id: employer.id,
    org_path: employer.org_path,
    title: job.title,
    category: job.category,
    division_code: employer.division_code,
    work_address: employer.address,
    salary_min_fen: minYuan * 100,
    salary_max_fen: maxYuan * 100,
    headcount,
    filled,
    hours: rng.pick(job.hours),
    requirements: job.requirements,
    skills: [...job.skills],
    suitability: [...job.suitability],
    valid_from: isoDay(from),
    valid_to: isoDay(to),
    training_course_id: null,
    status,
    created_at: createdAt,
    updated_at: createdAt,
    created_by: ctx.createdBy,
  };
}
