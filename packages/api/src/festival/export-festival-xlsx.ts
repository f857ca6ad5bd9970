import { withTransaction } from '@bangfu/db';
import { Festival, FestivalItemStatus, formatFenAsYuan, HardshipCategory } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append-audit';
import { getCampaignInScope } from './campaign-rows';
import type { StaffContext } from './festival-errors';
import { selectItems, toItemDto } from './list-items';

export interface XlsxFile {
  filename: string;
  mimeType: string;
  /** The workbook, base64-encoded (tRPC carries JSON). */
  contentBase64: string;
  rows: number;
}

/**
 * 导出名单: the whole list as a spreadsheet with masked names only (§11.4), amounts in yuan.
 * Every export is logged (§11.5), so this is a mutation that appends an audit event.
 */
export async function exportFestivalXlsx({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { campaignId: string };
}): Promise<XlsxFile> {
  return withTransaction(ctx.db, async (trx) => {
    const c = await getCampaignInScope(trx, { id: input.campaignId, scopePath: ctx.actor.orgPath });
    const items = (await selectItems(trx, { campaignId: c.id, filter: {}, limit: null })).map(toItemDto);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('送温暖名单');
    sheet.columns = [
      { header: '序号 No.', key: 'no', width: 8 },
      { header: '户主 Head', key: 'name', width: 12 },
      { header: '困难类别 Category', key: 'category', width: 16 },
      { header: '金额(元) Amount (yuan)', key: 'amount', width: 20 },
      { header: '状态 Status', key: 'status', width: 12 },
      { header: '剔除原因 Reason excluded', key: 'reason', width: 30 },
    ];
    items.forEach((item, i) => {
      sheet.addRow({
        no: i + 1,
        name: item.maskedName,
        category: HardshipCategory.label(item.category),
        // Text, not a float: the yuan figure is formatted from integer fen.
        amount: formatFenAsYuan(item.amountFen),
        status: FestivalItemStatus.label(item.status),
        reason: item.excludedReason ?? '',
      });
    });
    const content = Buffer.from(await book.xlsx.writeBuffer());
    await appendAudit(trx, ctx, {
      action: 'festival.export',
      entityType: 'festival_campaign',
      entityId: c.id,
      after: { rows: items.length, fields: ['maskedName', 'category', 'amount', 'status'] },
      purpose: 'PAYMENT',
    });
    return {
      filename: `${c.year}-${Festival.label(c.festival as Festival)}-送温暖名单.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: content.toString('base64'),
      rows: items.length,
    };
  });
}
