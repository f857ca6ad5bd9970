import type { AidProgramme, FundingSource, LedgerEntryKind, LedgerListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import type { StaffContext } from './aid-errors';
import { ledgerEntries } from './ledger-query';

export interface LedgerEntryDto {
  id: string;
  seq: number;
  householdId: string;
  fileNo: string | null;
  headName: string;
  kind: LedgerEntryKind;
  programme: AidProgramme;
  fundingSource: FundingSource;
  amountFen: number;
  reversesEntryId: string | null;
  requestId: string;
  measureId: string | null;
  campaignId: string | null;
  paidOn: string;
  countsAsIncome: boolean;
  approverId: string | null;
  payeeAccountLast4: string | null;
  standardBasis: unknown;
  createdAt: string;
}

/** The 帮扶台账 in the order it was written (seq), a page at a time. */
export async function listLedger({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: LedgerListQuery;
}): Promise<Page<LedgerEntryDto>> {
  const after = decodeCursor(input.cursor);
  let q = (await ledgerEntries(ctx.db, ctx, input))
    .select([
      'e.id',
      'e.seq',
      'e.household_id',
      'h.file_no',
      'h.head_name',
      'e.kind',
      'e.programme',
      'e.funding_source',
      'e.amount_fen',
      'e.reverses_entry_id',
      'e.request_id',
      'e.measure_id',
      'e.campaign_id',
      'e.paid_on',
      'e.counts_as_income',
      'e.approver_id',
      'e.payee_account_last4',
      'e.standard_basis',
      'e.created_at',
    ])
    .orderBy('e.seq')
    .limit(input.limit + 1);
  if (after?.key) q = q.where('e.seq', '>', Number(after.key));
  const rows = await q.execute();
  return toPage(
    rows,
    input.limit,
    (r) => ({
      id: r.id,
      seq: Number(r.seq),
      householdId: r.household_id,
      fileNo: r.file_no,
      headName: r.head_name,
      kind: r.kind as LedgerEntryKind,
      programme: r.programme as AidProgramme,
      fundingSource: r.funding_source as FundingSource,
      amountFen: Number(r.amount_fen),
      reversesEntryId: r.reverses_entry_id,
      requestId: r.request_id,
      measureId: r.measure_id,
      campaignId: r.campaign_id,
      paidOn: r.paid_on,
      countsAsIncome: r.counts_as_income,
      approverId: r.approver_id,
      payeeAccountLast4: r.payee_account_last4,
      standardBasis: r.standard_basis,
      createdAt: r.created_at,
    }),
    (r) => String(r.seq),
  );
}
