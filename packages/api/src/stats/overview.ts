import {
  CLOSED_STATUSES,
  type Count,
  EXITED_STATUSES,
  ON_FILE_STATUSES,
  type OverviewDto,
  ratio,
  type StatsScopeInput,
} from '@bangfu/domain';
import { sql } from 'kysely';
import { resolveStatsScope, type StatsContext } from './stats-scope';

const ON_FILE: readonly string[] = ON_FILE_STATUSES;
const EXITED: readonly string[] = EXITED_STATUSES;
const CLOSED: readonly string[] = CLOSED_STATUSES;

const zero = (): Count => ({ households: 0, people: 0 });
function add(target: Count, households: number, people: number): void {
  target.households += households;
  target.people += people;
}
function addTo<K extends string>(map: Map<K, Count>, key: K, households: number, people: number): void {
  const c = map.get(key) ?? zero();
  add(c, households, people);
  map.set(key, c);
}
const byCount = <T extends { households: number }>(a: T, b: T) => b.households - a.households;

/**
 * 概览: households by stage, category, cause and status, and on-file households per child unit,
 * all from the trigger-kept stat_household cells of the subtree (never the household table).
 */
export async function statsOverview(ctx: StatsContext, input: StatsScopeInput): Promise<OverviewDto> {
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, input);
  const rows = await ctx.db
    .selectFrom('stat_household')
    .select([
      resolved.childCode().as('child'),
      'status',
      'category',
      'main_cause',
      'has_skill',
      sql<number>`sum(households)::int8`.as('households'),
      sql<number>`sum(people)::int8`.as('people'),
    ])
    .where('org_path', 'like', resolved.pattern)
    .groupBy(['child', 'status', 'category', 'main_cause', 'has_skill'])
    .having(sql`sum(households)`, '<>', 0)
    .execute();

  const onFile = zero();
  const inProcess = zero();
  const exited = zero();
  const closed = zero();
  const byCategory = new Map<string, Count>();
  const byCause = new Map<string, Count>();
  const byStatus = new Map<string, number>();
  const children = new Map<string, Count & { byCategory: Record<string, number> }>();
  let skilled = 0;
  for (const r of rows) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.households);
    if (EXITED.includes(r.status)) add(exited, r.households, r.people);
    else if (CLOSED.includes(r.status)) add(closed, r.households, r.people);
    else if (!ON_FILE.includes(r.status)) add(inProcess, r.households, r.people);
    if (!ON_FILE.includes(r.status)) continue;
    add(onFile, r.households, r.people);
    addTo(byCategory, r.category, r.households, r.people);
    addTo(byCause, r.main_cause, r.households, r.people);
    if (r.has_skill) skilled += r.households;
    const child = children.get(r.child) ?? { households: 0, people: 0, byCategory: {} };
    add(child, r.households, r.people);
    child.byCategory[r.category] = (child.byCategory[r.category] ?? 0) + r.households;
    children.set(r.child, child);
  }
  // Every child unit is listed, with zeros where it has nothing on file.
  for (const c of resolved.scope.children) {
    if (!children.has(c.code)) children.set(c.code, { households: 0, people: 0, byCategory: {} });
  }
  return {
    scope: resolved.scope,
    onFile,
    inProcess,
    exited,
    closed,
    byCategory: [...byCategory].map(([category, c]) => ({ category, ...c })).sort(byCount),
    byCause: [...byCause].map(([cause, c]) => ({ cause, ...c })).sort(byCount),
    byStatus: [...byStatus].map(([status, households]) => ({ status, households })).sort(byCount),
    byChild: [...children]
      .map(([code, values]) => ({ org: resolved.childOf(code), values }))
      .sort((a, b) => b.values.households - a.values.households),
    skill: ratio(skilled, onFile.households),
  };
}
