import { AidProgramme, FundingSource, type Label } from '@bangfu/domain';
import type { WorkerContext } from './worker-context';

export interface MyPaymentDto {
  id: string;
  paidOn: string;
  kind: 'PAYMENT' | 'RECOVERY';
  programme: Label;
  fundingSource: Label;
  amountFen: number;
}

const label = <K extends string>(e: { labels: Record<K, Label> }, v: string): Label =>
  e.labels[v as K] ?? { zh: v, en: v };

/** Aid paid to (and recovered from) the household, newest first, from the append-only ledger. */
export async function myPayments(ctx: WorkerContext): Promise<{ items: MyPaymentDto[]; totalFen: number }> {
  const rows = await ctx.db
    .selectFrom('aid_ledger_entry')
    .select(['id', 'paid_on', 'kind', 'programme', 'funding_source', 'amount_fen'])
    .where('household_id', '=', ctx.worker.householdId)
    .orderBy('paid_on', 'desc')
    .orderBy('seq', 'desc')
    .limit(500)
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    paidOn: r.paid_on,
    kind: r.kind as MyPaymentDto['kind'],
    programme: label(AidProgramme, r.programme),
    fundingSource: label(FundingSource, r.funding_source),
    amountFen: r.amount_fen,
  }));
  return { items, totalFen: items.reduce((sum, i) => sum + i.amountFen, 0) };
}
