import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './mutual-aid-errors';
import { getVisibleScheme } from './scheme-rows';

type Executor = Kysely<Database> | Transaction<Database>;

export interface PayerAccount {
  payer: string;
  payerOrgId: string | null;
  payerOrgName: string | null;
  /** Sum of this payer's contribution shares: what it owes the fund. */
  owedFen: number;
  /** What it has paid in (payments recorded against the scheme). */
  paidFen: number;
  outstandingFen: number;
  contributions: number;
}

export interface FundAccounts {
  schemeCode: string;
  termYear: number;
  accounts: PayerAccount[];
  totals: { owedFen: number; paidFen: number; outstandingFen: number };
}

/** The scheme's versions for one term share one fund: enrolments may sit on any of them. */
export function schemeVersionIds(db: Executor, code: string, termYear: number) {
  return db.selectFrom('ma_scheme').select('id').where('code', '=', code).where('term_year', '=', termYear);
}

const key = (payer: string, org: string | null) => `${payer}|${org ?? ''}`;

/**
 * 基金账户: what each payer (government, each union level, the workers) owes the scheme's fund
 * for the term and what it has paid, per payer kind and organisation, within the actor's scope.
 */
export async function fundAccounts({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { schemeId: string };
}): Promise<FundAccounts> {
  const scheme = await getVisibleScheme(ctx.db, { id: input.schemeId, orgPath: ctx.actor.orgPath });
  const scope = subtreePattern(ctx.actor.orgPath);
  const versions = schemeVersionIds(ctx.db, scheme.code, scheme.term_year);
  const owed = await ctx.db
    .selectFrom('ma_contribution')
    .select(['payer', 'payer_org_id'])
    .select((eb) => [eb.fn.sum<number>('amount_fen').as('owed'), eb.fn.countAll<number>().as('n')])
    .where('scheme_id', 'in', versions)
    .where('org_path', 'like', scope)
    .groupBy(['payer', 'payer_org_id'])
    .execute();
  const paid = await ctx.db
    .selectFrom('ma_payer_payment')
    .select(['payer', 'payer_org_id'])
    .select((eb) => eb.fn.sum<number>('amount_fen').as('paid'))
    .where('scheme_id', 'in', versions)
    .where('org_path', 'like', scope)
    .groupBy(['payer', 'payer_org_id'])
    .execute();
  const lines = new Map<string, PayerAccount>();
  const line = (payer: string, org: string | null) => {
    const k = key(payer, org);
    if (!lines.has(k))
      lines.set(k, {
        payer,
        payerOrgId: org,
        payerOrgName: null,
        owedFen: 0,
        paidFen: 0,
        outstandingFen: 0,
        contributions: 0,
      });
    return lines.get(k)!;
  };
  for (const r of owed)
    Object.assign(line(r.payer, r.payer_org_id), { owedFen: Number(r.owed), contributions: Number(r.n) });
  for (const r of paid) line(r.payer, r.payer_org_id).paidFen = Number(r.paid);
  const orgIds = [...lines.values()].map((l) => l.payerOrgId).filter((id): id is string => id !== null);
  const names =
    orgIds.length === 0
      ? []
      : await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', orgIds).execute();
  const accounts = [...lines.values()]
    .map((l) => ({
      ...l,
      payerOrgName: names.find((n) => n.id === l.payerOrgId)?.name ?? null,
      outstandingFen: l.owedFen - l.paidFen,
    }))
    .sort(
      (a, b) => a.payer.localeCompare(b.payer) || (a.payerOrgName ?? '').localeCompare(b.payerOrgName ?? ''),
    );
  const sum = (f: (a: PayerAccount) => number) => accounts.reduce((s, a) => s + f(a), 0);
  return {
    schemeCode: scheme.code,
    termYear: scheme.term_year,
    accounts,
    totals: {
      owedFen: sum((a) => a.owedFen),
      paidFen: sum((a) => a.paidFen),
      outstandingFen: sum((a) => a.outstandingFen),
    },
  };
}
