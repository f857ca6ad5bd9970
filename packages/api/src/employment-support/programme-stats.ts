import type { ProgrammeStatsQuery } from '@bangfu/domain';
import { sql } from 'kysely';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';

export interface ProgrammeStatsDto {
  year: number;
  /** 1户1技能: members who completed a course that started in the year. */
  trained: number;
  /** Households those members belong to. */
  trainedHouseholds: number;
  /** Sessions held in the year and their attendances (人次). */
  sessions: number;
  attendance: number;
  /** Distinct workers placed in a job that started in the year. */
  placed: number;
}

/**
 * The year's re-employment figures for the actor's subtree or a union in it — what the article
 * reports for 六盘水 in 2016 (376 trained, 110 sessions, 6,217 attendances, about 3,000 placed).
 * Training counts by the course's union; placements by the household's.
 */
export async function programmeStats({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ProgrammeStatsQuery;
}): Promise<ProgrammeStatsDto> {
  const path = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
  const like = subtreePattern(path);
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const trained = await ctx.db
    .selectFrom('training_enrollment as te')
    .innerJoin('training_course as c', 'c.id', 'te.course_id')
    .select([
      sql<number>`count(distinct te.member_id)`.as('members'),
      sql<number>`count(distinct te.household_id)`.as('households'),
    ])
    .where('te.status', '=', 'COMPLETED')
    .where('c.org_path', 'like', like)
    .where('c.start_date', '>=', from)
    .where('c.start_date', '<=', to)
    .executeTakeFirstOrThrow();
  const sessions = await ctx.db
    .selectFrom('training_session')
    .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(attendance), 0)`.as('attendance')])
    .where('org_path', 'like', like)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .executeTakeFirstOrThrow();
  const placed = await ctx.db
    .selectFrom('placement as p')
    .innerJoin('household as h', 'h.id', 'p.household_id')
    .select(sql<number>`count(distinct p.member_id)`.as('n'))
    .where('h.org_path', 'like', like)
    .where('p.start_date', '>=', from)
    .where('p.start_date', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    year: input.year,
    trained: Number(trained.members),
    trainedHouseholds: Number(trained.households),
    sessions: Number(sessions.n),
    attendance: Number(sessions.attendance),
    placed: Number(placed.n),
  };
}
