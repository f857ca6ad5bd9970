import { type FundStatisticsInput, type LossRatio, lossRatio, type PayerKind } from '@bangfu/domain';
import { getOrgInScope } from '../common/scope';
import type { StaffContext } from './claims-errors';
import { countEnrolled, type StatisticsFilter, sumClaims, sumContributions } from './fund-statistics-rows';
import { schemeInScope } from './scheme-rows';

export interface FundFigures {
  units: number;
  members: number;
  /** Per payer: what the split makes them owe, and what they have paid in (raised). */
  byPayer: { payer: PayerKind; dueFen: number; raisedFen: number }[];
  raisedFen: number;
  claims: number;
  paidClaims: number;
  recipients: number;
  paidFen: number;
  /** 赔付率 = paid ÷ raised. */
  lossRatio: LossRatio;
}

export interface FundStatistics {
  year: number;
  /** One row per scheme and region (the enrolled unit's county code). */
  rows: (FundFigures & { schemeCode: string; divisionCode: string })[];
  total: FundFigures;
}

const emptyFigures = (): Omit<FundFigures, 'lossRatio'> => ({
  units: 0,
  members: 0,
  byPayer: [],
  raisedFen: 0,
  claims: 0,
  paidClaims: 0,
  recipients: 0,
  paidFen: 0,
});

function addPayer(
  fig: Omit<FundFigures, 'lossRatio'>,
  payer: PayerKind,
  dueFen: number,
  raisedFen: number,
): void {
  const slot = fig.byPayer.find((p) => p.payer === payer);
  if (slot) {
    slot.dueFen += dueFen;
    slot.raisedFen += raisedFen;
  } else fig.byPayer.push({ payer, dueFen, raisedFen });
  fig.raisedFen += raisedFen;
}

/**
 * 基金统计: per scheme and region, the units and members enrolled in `year`, contributions raised
 * by payer, claims filed, recipients and amounts paid (from the fund ledger), and the loss ratio.
 * Totals add the rows: a unit or member sits in one region, but a member in two schemes counts twice.
 */
export async function fundStatistics({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FundStatisticsInput;
}): Promise<FundStatistics> {
  const path = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
  const schemeCode = input.schemeId ? (await schemeInScope(ctx.db, ctx.actor, input.schemeId)).code : null;
  const filter: StatisticsFilter = { path, year: input.year, schemeCode };
  const [enrolled, contributions, claims] = await Promise.all([
    countEnrolled(ctx.db, filter),
    sumContributions(ctx.db, filter),
    sumClaims(ctx.db, filter),
  ]);
  const rows = new Map<
    string,
    Omit<FundFigures, 'lossRatio'> & { schemeCode: string; divisionCode: string }
  >();
  const row = (scheme: string, region: string) => {
    const key = `${scheme}\u0000${region}`;
    const r = rows.get(key) ?? { schemeCode: scheme, divisionCode: region, ...emptyFigures() };
    rows.set(key, r);
    return r;
  };
  for (const e of enrolled)
    Object.assign(row(e.scheme, e.region), { units: Number(e.units), members: Number(e.members) });
  for (const c of contributions)
    addPayer(row(c.scheme, c.region), c.payer as PayerKind, Number(c.due), Number(c.raised));
  for (const c of claims) {
    Object.assign(row(c.scheme, c.region), {
      claims: Number(c.claims),
      paidClaims: Number(c.paidClaims),
      recipients: Number(c.recipients),
      paidFen: Number(c.paid),
    });
  }
  const sorted = [...rows.values()].sort((a, b) =>
    a.schemeCode === b.schemeCode
      ? a.divisionCode.localeCompare(b.divisionCode)
      : a.schemeCode.localeCompare(b.schemeCode),
  );
  const total = emptyFigures();
  for (const r of sorted) {
    for (const k of ['units', 'members', 'claims', 'paidClaims', 'recipients', 'paidFen'] as const)
      total[k] += r[k];
    for (const p of r.byPayer) addPayer(total, p.payer, p.dueFen, p.raisedFen);
  }
  return {
    year: input.year,
    rows: sorted.map((r) => ({ ...r, lossRatio: lossRatio(r.paidFen, r.raisedFen) })),
    total: { ...total, lossRatio: lossRatio(total.paidFen, total.raisedFen) },
  };
}
