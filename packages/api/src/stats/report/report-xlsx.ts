import { withTransaction } from '@bangfu/db';
import {
  HardshipCategory,
  HardshipCause,
  Industry,
  type ProvinceReportDto,
  type ProvinceReportInput,
  type ReportRow,
  WorkStatus,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../audit/append-audit';
import type { StatsContext } from '../stats-scope';
import { provinceReport, regionName } from './province-report';

export interface ReportXlsx {
  fileName: string;
  base64: string;
}

const HEAD = ['户数', '人数', '占比(%)'];

function table(
  book: ExcelJS.Workbook,
  name: string,
  first: string,
  rows: ReportRow[],
  label: (key: string) => string,
) {
  const sheet = book.addWorksheet(name);
  sheet.addRow([first, ...HEAD]).font = { bold: true };
  for (const r of rows) sheet.addRow([label(r.key), r.households, r.people, r.share]);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : 12;
  });
  return sheet;
}

const enumLabel =
  <K extends string>(e: { values: readonly K[]; label: (k: K) => string }, unknown = '未填') =>
  (key: string) =>
    e.values.includes(key as K) ? e.label(key as K) : unknown;

function bandLabel(key: string): string {
  const [lo, hi] = key.split('-');
  return hi ? `${lo}–${hi}元` : `${lo}元及以上`;
}

/** The report as a workbook: 概况 with the narrative, then one sheet per table. Every export is logged. */
export async function reportXlsx(ctx: StatsContext, input: ProvinceReportInput): Promise<ReportXlsx> {
  const report: ProvinceReportDto = await provinceReport(ctx, input);
  const book = new ExcelJS.Workbook();
  const summary = table(book, '概况', '困难类别', report.byCategory, enumLabel(HardshipCategory));
  summary.addRow(['合计', report.total.households, report.total.people, '100.00']).font = { bold: true };
  summary.addRow([]);
  for (const n of report.narrative) summary.addRow([n.zh]);
  table(book, '致困原因', '主要致困原因', report.byCause, enumLabel(HardshipCause));
  const regions = book.addWorksheet('地区分布');
  regions.addRow(['市(州)', '县(市、区)', ...HEAD]).font = { bold: true };
  for (const p of report.byPrefecture) {
    regions.addRow([regionName(p.key), '', p.households, p.people, p.share]).font = { bold: true };
    for (const c of p.counties) regions.addRow(['', regionName(c.key), c.households, c.people, c.share]);
  }
  table(book, '所属行业', '行业', report.byIndustry, enumLabel(Industry));
  table(book, '工作状态', '职工本人工作状态', report.byWorkStatus, enumLabel(WorkStatus));
  table(book, '收入分布', '家庭人均月收入', report.byIncomeBand, bandLabel);
  const content = Buffer.from(await book.xlsx.writeBuffer());
  await withTransaction(ctx.db, (trx) =>
    appendAudit(trx, ctx, {
      action: 'stats.report.export',
      entityType: 'org_unit',
      entityId: report.scope.org.id,
      after: {
        standardVersion: report.standardVersion,
        basis: report.basis,
        households: report.total.households,
      },
      purpose: 'AUDIT',
    }),
  );
  return { fileName: `${report.scope.org.name}-困难职工调研报告.xlsx`, base64: content.toString('base64') };
}
