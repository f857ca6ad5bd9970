import { withTransaction } from '@bangfu/db';
import {
  AidProgramme,
  balanceOf,
  FundingSource,
  formatFenAsYuan,
  LedgerEntryKind,
  type LedgerYearQuery,
  maskNameForNotice,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from './aid-errors';
import { ledgerEntries } from './ledger-query';

export interface LedgerXlsx {
  filename: string;
  mimeType: string;
  /** The workbook, base64-encoded (tRPC carries JSON). */
  contentBase64: string;
  rows: number;
  paidFen: number;
  recoveredFen: number;
  netFen: number;
}

const COLUMNS = [
  { header: '流水号', key: 'seq', width: 10 },
  { header: '日期', key: 'paidOn', width: 12 },
  { header: '档案编号', key: 'fileNo', width: 22 },
  { header: '户主', key: 'name', width: 10 },
  { header: '类型', key: 'kind', width: 8 },
  { header: '帮扶项目', key: 'programme', width: 14 },
  { header: '资金来源', key: 'funding', width: 14 },
  // Text, not a float: the yuan figure is formatted from integer fen.
  { header: '金额(元)', key: 'amount', width: 14 },
  { header: '冲销流水号', key: 'reverses', width: 10 },
  { header: '计入收入', key: 'income', width: 8 },
  { header: '收款账户尾号', key: 'account', width: 12 },
  { header: '依据', key: 'basis', width: 24 },
];

/**
 * 帮扶台账 export: one row per entry of a union's subtree in a year, then a 合计 row. Names are
 * masked (§11.4). Every export is logged (§11.5), so this is a mutation with an audit event.
 */
export async function exportLedgerXlsx({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: LedgerYearQuery;
}): Promise<LedgerXlsx> {
  return withTransaction(ctx.db, async (trx) => {
    const rows = await (await ledgerEntries(trx, ctx, input))
      .leftJoin('aid_ledger_entry as r', 'r.id', 'e.reverses_entry_id')
      .select(['e.seq', 'e.paid_on', 'h.file_no', 'h.head_name', 'e.kind', 'e.programme', 'e.funding_source'])
      .select([
        'e.amount_fen',
        'r.seq as reverses_seq',
        'e.counts_as_income',
        'e.payee_account_last4',
        'e.standard_basis',
      ])
      .orderBy('e.seq')
      .execute();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.columns = COLUMNS;
    for (const r of rows) {
      sheet.addRow({
        seq: Number(r.seq),
        paidOn: r.paid_on,
        fileNo: r.file_no ?? '',
        name: maskNameForNotice(r.head_name),
        kind: LedgerEntryKind.label(r.kind as LedgerEntryKind),
        programme: AidProgramme.label(r.programme as AidProgramme),
        funding: FundingSource.label(r.funding_source as FundingSource),
        amount: formatFenAsYuan(Number(r.amount_fen)),
        reverses: r.reverses_seq === null ? '' : Number(r.reverses_seq),
        income: r.counts_as_income ? '是' : '否',
        account: r.payee_account_last4 ?? '',
        basis: (r.standard_basis as { clause?: string } | null)?.clause ?? '',
      });
    }
    const total = balanceOf(
      rows.map((r) => ({ kind: r.kind as 'PAYMENT' | 'RECOVERY', amountFen: Number(r.amount_fen) })),
    );
    sheet.addRow({
      seq: '合计',
      amount: formatFenAsYuan(total.netFen),
      basis: `发放${formatFenAsYuan(total.paidFen)},追回${formatFenAsYuan(total.recoveredFen)}`,
    });
    sheet.getRow(1).font = { bold: true };
    const content = Buffer.from(await book.xlsx.writeBuffer());
    await appendAudit(trx, ctx, {
      action: 'aid.ledger.export',
      entityType: 'org_unit',
      entityId: input.orgId,
      after: { year: input.year, rows: rows.length, fields: COLUMNS.map((c) => c.key), netFen: total.netFen },
      purpose: 'AUDIT',
    });
    return {
      filename: `${input.year}-帮扶台账.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: content.toString('base64'),
      rows: rows.length,
      paidFen: total.paidFen,
      recoveredFen: total.recoveredFen,
      netFen: total.netFen,
    };
  });
}
