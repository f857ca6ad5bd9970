import type { AidStatsDto, StatsScopeInput } from '@bangfu/domain';
import { sql } from 'kysely';
import { resolveStatsScope, type StatsContext } from './stats-scope';

/** 帮扶资金: aid paid net of recoveries by programme × funding source, per year and per child unit (stat_aid). */
export async function statsAid(ctx: StatsContext, input: StatsScopeInput): Promise<AidStatsDto> {
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, input);
  let query = ctx.db
    .selectFrom('stat_aid')
    .select([
      resolved.childCode().as('child'),
      'year',
      'programme',
      'funding_source',
      'kind',
      sql<number>`sum(amount_fen)::int8`.as('amount'),
      sql<number>`sum(entries)::int8`.as('entries'),
    ])
    .where('org_path', 'like', resolved.pattern);
  if (input.year !== undefined) query = query.where('year', '=', input.year);
  const rows = await query.groupBy(['child', 'year', 'programme', 'funding_source', 'kind']).execute();

  const programmes = new Map<
    string,
    { programme: string; fundingSource: string; amountFen: number; entries: number }
  >();
  const years = new Map<number, number>();
  const children = new Map<string, { amountFen: number; entries: number }>(
    resolved.scope.children.map((c) => [c.code, { amountFen: 0, entries: 0 }]),
  );
  let totalFen = 0;
  let payments = 0;
  let recoveredFen = 0;
  for (const r of rows) {
    totalFen += r.amount;
    if (r.kind === 'PAYMENT') payments += r.entries;
    else recoveredFen -= r.amount;
    const key = `${r.programme}|${r.funding_source}`;
    const p = programmes.get(key) ?? {
      programme: r.programme,
      fundingSource: r.funding_source,
      amountFen: 0,
      entries: 0,
    };
    p.amountFen += r.amount;
    if (r.kind === 'PAYMENT') p.entries += r.entries;
    programmes.set(key, p);
    years.set(r.year, (years.get(r.year) ?? 0) + r.amount);
    const c = children.get(r.child) ?? { amountFen: 0, entries: 0 };
    c.amountFen += r.amount;
    if (r.kind === 'PAYMENT') c.entries += r.entries;
    children.set(r.child, c);
  }
  return {
    scope: resolved.scope,
    totalFen,
    payments,
    recoveredFen,
    byProgramme: [...programmes.values()].sort((a, b) => b.amountFen - a.amountFen),
    byYear: [...years].map(([year, amountFen]) => ({ year, amountFen })).sort((a, b) => a.year - b.year),
    byChild: [...children]
      .map(([code, values]) => ({ org: resolved.childOf(code), values }))
      .sort((a, b) => b.values.amountFen - a.values.amountFen),
  };
}
