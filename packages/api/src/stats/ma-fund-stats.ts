import { type MutualAidFundDto, ratio, type StatsScopeInput } from '@bangfu/domain';
import { sql } from 'kysely';
import { resolveStatsScope, type StatsContext } from './stats-scope';

/** 医疗互助基金: raised by payer, paid in claims, pharmacy top-ups and the loss ratio (stat_ma_fund). */
export async function statsMutualAidFund(
  ctx: StatsContext,
  input: StatsScopeInput,
): Promise<MutualAidFundDto> {
  const resolved = await resolveStatsScope(ctx.db, ctx.actor, input);
  let query = ctx.db
    .selectFrom('stat_ma_fund')
    .select([
      resolved.childCode().as('child'),
      'year',
      'kind',
      'payer',
      sql<number>`sum(amount_fen)::int8`.as('amount'),
      sql<number>`sum(entries)::int8`.as('entries'),
    ])
    .where('org_path', 'like', resolved.pattern);
  if (input.year !== undefined) query = query.where('year', '=', input.year);
  const rows = await query.groupBy(['child', 'year', 'kind', 'payer']).execute();

  let raisedFen = 0;
  let paidFen = 0;
  let claimsPaid = 0;
  let pharmacyTopUpFen = 0;
  const payers = new Map<string, number>();
  const years = new Map<number, { raisedFen: number; paidFen: number }>();
  const children = new Map<string, { raisedFen: number; paidFen: number }>(
    resolved.scope.children.map((c) => [c.code, { raisedFen: 0, paidFen: 0 }]),
  );
  for (const r of rows) {
    const y = years.get(r.year) ?? { raisedFen: 0, paidFen: 0 };
    const c = children.get(r.child) ?? { raisedFen: 0, paidFen: 0 };
    if (r.kind === 'CONTRIBUTION') {
      raisedFen += r.amount;
      payers.set(r.payer, (payers.get(r.payer) ?? 0) + r.amount);
      y.raisedFen += r.amount;
      c.raisedFen += r.amount;
    } else if (r.kind === 'CLAIM_PAYOUT') {
      paidFen += r.amount;
      claimsPaid += r.entries;
      y.paidFen += r.amount;
      c.paidFen += r.amount;
    } else {
      pharmacyTopUpFen += r.amount;
    }
    years.set(r.year, y);
    children.set(r.child, c);
  }
  return {
    scope: resolved.scope,
    raisedFen,
    raisedByPayer: [...payers]
      .map(([payer, amountFen]) => ({ payer, amountFen }))
      .sort((a, b) => b.amountFen - a.amountFen),
    paidFen,
    claimsPaid,
    pharmacyTopUpFen,
    lossRatio: ratio(paidFen, raisedFen),
    byYear: [...years].map(([year, v]) => ({ year, ...v })).sort((a, b) => a.year - b.year),
    byChild: [...children]
      .map(([code, v]) => ({
        org: resolved.childOf(code),
        values: { ...v, lossRatio: ratio(v.paidFen, v.raisedFen) },
      }))
      .sort((a, b) => b.values.raisedFen - a.values.raisedFen),
  };
}
