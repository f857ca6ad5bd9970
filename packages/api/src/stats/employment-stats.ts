import { type EmploymentStatsDto, ON_FILE_STATUSES, ratio, type StatsScopeInput } from '@bangfu/domain';
import { sql } from 'kysely';
import { resolveStatsScope, type StatsContext } from './stats-scope';

type Outcome = { trained: number; placed: number; retained: number; checked: number };
const none = (): Outcome => ({ trained: 0, placed: 0, retained: 0, checked: 0 });
const FIELD: Record<string, keyof Outcome> = {
  TRAINED: 'trained',
  PLACED: 'placed',
  RETAINED: 'retained',
  RETENTION_CHECKED: 'checked',
};

/**
 * 就业与技能: people trained (completed), placed, retained at 6 months (stat_employment), and the
 * 1户1技能 indicator — on-file households with a skill — per child unit (stat_household).
 */
export async function statsEmployment(
  ctx: StatsContext,
  input: StatsScopeInput,
): Promise<EmploymentStatsDto> {
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, input);
  let query = ctx.db
    .selectFrom('stat_employment')
    .select([resolved.childCode().as('child'), 'year', 'metric', sql<number>`sum(count)::int8`.as('n')])
    .where('org_path', 'like', resolved.pattern);
  if (input.year !== undefined) query = query.where('year', '=', input.year);
  const [rows, skills] = await Promise.all([
    query.groupBy(['child', 'year', 'metric']).execute(),
    ctx.db
      .selectFrom('stat_household')
      .select([
        resolved.childCode().as('child'),
        'has_skill',
        sql<number>`sum(households)::int8`.as('households'),
      ])
      .where('org_path', 'like', resolved.pattern)
      .where('status', 'in', ON_FILE_STATUSES)
      .groupBy(['child', 'has_skill'])
      .execute(),
  ]);
  const total = none();
  const years = new Map<number, Outcome>();
  const children = new Map<string, Outcome & { skilled: number; onFile: number }>(
    resolved.scope.children.map((c) => [c.code, { ...none(), skilled: 0, onFile: 0 }]),
  );
  const child = (code: string) => {
    const c = children.get(code) ?? { ...none(), skilled: 0, onFile: 0 };
    children.set(code, c);
    return c;
  };
  for (const r of rows) {
    const field = FIELD[r.metric];
    if (!field) continue;
    const y = years.get(r.year) ?? none();
    y[field] += r.n;
    years.set(r.year, y);
    total[field] += r.n;
    child(r.child)[field] += r.n;
  }
  let skilled = 0;
  let onFile = 0;
  for (const s of skills) {
    const c = child(s.child);
    c.onFile += s.households;
    onFile += s.households;
    if (s.has_skill) {
      c.skilled += s.households;
      skilled += s.households;
    }
  }
  return {
    scope: resolved.scope,
    trained: total.trained,
    placed: total.placed,
    retentionChecked: total.checked,
    retained: total.retained,
    retention: ratio(total.retained, total.checked),
    skill: ratio(skilled, onFile),
    byYear: [...years]
      .map(([year, v]) => ({ year, trained: v.trained, placed: v.placed, retained: v.retained }))
      .sort((a, b) => a.year - b.year),
    byChild: [...children]
      .map(([code, v]) => ({
        org: resolved.childOf(code),
        values: {
          trained: v.trained,
          placed: v.placed,
          retained: v.retained,
          skill: ratio(v.skilled, v.onFile),
        },
      }))
      .sort((a, b) => b.values.placed - a.values.placed),
  };
}
