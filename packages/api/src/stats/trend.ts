import type { Count, StatsScopeInput, TrendDto, TrendYear } from '@bangfu/domain';
import { sql } from 'kysely';
import { businessDate } from '../common/business-date';
import { resolveStatsScope, type StatsContext } from './stats-scope';

const OFF_FILE = new Set(['EXITED_TUOKUN', 'EXITED_JIEKUN', 'CANCELLED']);

/**
 * Households onto and off the files per year, and the number on file at each year's end (the
 * 添阳 community's 231 households / 605 people in 2011 down to 31 / 81 in 2016), from stat_flow.
 * People are counted as at each step. Planned exits (分批解困脱困) come from the targets.
 */
export async function statsTrend(
  ctx: StatsContext,
  input: StatsScopeInput,
  plannedExits: (orgPath: string) => Promise<{ year: number; target: number }[]>,
): Promise<TrendDto> {
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, input);
  const rows = await ctx.db
    .selectFrom('stat_flow')
    .select([
      'year',
      'flow',
      'category',
      sql<number>`sum(households)::int8`.as('households'),
      sql<number>`sum(people)::int8`.as('people'),
    ])
    .where('org_path', 'like', resolved.pattern)
    .groupBy(['year', 'flow', 'category'])
    .orderBy('year')
    .execute();
  const thisYear = Number(businessDate(ctx.now()).slice(0, 4));
  const first = rows[0]?.year ?? thisYear;
  const last = Math.max(thisYear, rows.at(-1)?.year ?? thisYear);
  const years: TrendYear[] = [];
  const stock: Count = { households: 0, people: 0 };
  const stockByCategory: Record<string, number> = {};
  for (let year = first; year <= last; year++) {
    const y: TrendYear = {
      year,
      filed: { households: 0, people: 0 },
      exited: { households: 0, people: 0 },
      cancelled: { households: 0, people: 0 },
      stock,
      stockByCategory,
    };
    for (const r of rows.filter((row) => row.year === year)) {
      const bucket = r.flow === 'FILED' ? y.filed : r.flow === 'CANCELLED' ? y.cancelled : y.exited;
      bucket.households += r.households;
      bucket.people += r.people;
      const sign = OFF_FILE.has(r.flow) ? -1 : 1;
      stock.households += sign * r.households;
      stock.people += sign * r.people;
      stockByCategory[r.category] = (stockByCategory[r.category] ?? 0) + sign * r.households;
    }
    years.push({ ...y, stock: { ...stock }, stockByCategory: { ...stockByCategory } });
  }
  return { scope: resolved.scope, years, plannedExits: await plannedExits(resolved.scope.org.path) };
}
