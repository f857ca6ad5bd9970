import {
  type AidProgramme,
  balancesBy,
  emptyBalance,
  type FundingSource,
  type LedgerBalance,
  type LedgerYearQuery,
} from '@bangfu/domain';
import { sql } from 'kysely';
import type { StaffContext } from './aid-errors';
import { ledgerEntries } from './ledger-query';

export interface LedgerBalances {
  year: number;
  total: LedgerBalance;
  byHousehold: Array<{ householdId: string; fileNo: string | null; headName: string } & LedgerBalance>;
  byProgramme: Array<{ programme: AidProgramme } & LedgerBalance>;
  byFundingSource: Array<{ fundingSource: FundingSource } & LedgerBalance>;
}

/**
 * Paid, recovered and net per household, programme and funding source of a union's subtree in
 * a year. All three views are folded from one grouped read, so they always add up to the total.
 */
export async function ledgerBalances({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: LedgerYearQuery;
}): Promise<LedgerBalances> {
  const rows = await (await ledgerEntries(ctx.db, ctx, input))
    .select(['e.household_id', 'h.file_no', 'h.head_name', 'e.programme', 'e.funding_source', 'e.kind'])
    .select([sql<string>`sum(e.amount_fen)`.as('sum'), sql<string>`count(*)`.as('n')])
    .groupBy(['e.household_id', 'h.file_no', 'h.head_name', 'e.programme', 'e.funding_source', 'e.kind'])
    .orderBy('h.file_no')
    .orderBy('e.household_id')
    .execute();
  // One grouped row stands for `entries` entries of its kind summing to `amountFen`.
  const lines = rows.map((r) => ({
    ...r,
    kind: r.kind as 'PAYMENT' | 'RECOVERY',
    amountFen: Number(r.sum),
    entries: Number(r.n),
  }));
  const total = balancesBy(lines, () => 'all').get('all') ?? emptyBalance();
  const names = new Map(lines.map((l) => [l.household_id, { fileNo: l.file_no, headName: l.head_name }]));
  return {
    year: input.year,
    total,
    byHousehold: [...balancesBy(lines, (l) => l.household_id)].map(([householdId, b]) => ({
      householdId,
      fileNo: names.get(householdId)?.fileNo ?? null,
      headName: names.get(householdId)?.headName ?? '',
      ...b,
    })),
    byProgramme: [...balancesBy(lines, (l) => l.programme)].map(([p, b]) => ({
      programme: p as AidProgramme,
      ...b,
    })),
    byFundingSource: [...balancesBy(lines, (l) => l.funding_source)].map(([s, b]) => ({
      fundingSource: s as FundingSource,
      ...b,
    })),
  };
}
