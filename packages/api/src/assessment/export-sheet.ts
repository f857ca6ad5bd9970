import { withTransaction } from '@bangfu/db';
import {
  AssessmentMetric,
  AssessmentOverdueKind,
  AssessmentProgressStatus,
  type AssessmentQuery,
  formatPermilleAsPercent,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from './assessment-context';
import { loadAssessmentOverview, type MetricProgress } from './assessment-overview';

export interface AssessmentSheet {
  filename: string;
  mimeType: string;
  /** The workbook, base64-encoded (tRPC carries JSON). */
  contentBase64: string;
  rows: number;
}

const showValue = (m: MetricProgress, v: number | null): string | number =>
  v === null ? '' : m.metric === 'VERIFICATION_COVERAGE' ? formatPermilleAsPercent(v) : v;

function columns(): Partial<ExcelJS.Column>[] {
  return [
    { header: '排名', key: 'rank', width: 6 },
    { header: '单位', key: 'name', width: 26 },
    ...AssessmentMetric.values.flatMap((m) => [
      { header: `${AssessmentMetric.label(m)}目标`, key: `${m}.target`, width: 12 },
      { header: `${AssessmentMetric.label(m)}实际`, key: `${m}.actual`, width: 12 },
      { header: `${AssessmentMetric.label(m)}完成率`, key: `${m}.completion`, width: 12 },
      { header: `${AssessmentMetric.label(m)}状态`, key: `${m}.status`, width: 10 },
    ]),
    ...AssessmentOverdueKind.values.map((k) => ({
      header: AssessmentOverdueKind.label(k),
      key: k,
      width: 14,
    })),
    { header: '逾期任务合计', key: 'overdue', width: 12 },
    { header: '综合得分', key: 'score', width: 10 },
    { header: '得分说明', key: 'explanation', width: 60 },
  ];
}

/**
 * 考核表: one row per direct subordinate unit with targets, actuals, completion, overdue counts,
 * score and rank. It names units, not people. Every export is logged, so this is a mutation.
 */
export async function exportAssessmentSheet({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AssessmentQuery;
}): Promise<AssessmentSheet> {
  return withTransaction(ctx.db, async (trx) => {
    const overview = await loadAssessmentOverview(trx, ctx, input);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(`${input.year}年考核表`);
    sheet.columns = columns();
    for (const u of [...overview.units].sort((a, b) => a.rank - b.rank)) {
      const row: Record<string, string | number> = {
        rank: u.rank,
        name: u.name,
        overdue: u.overdue.total,
        score: formatPermilleAsPercent(u.score.scorePermille),
        explanation: u.score.explanation.zh,
      };
      for (const m of u.metrics) {
        row[`${m.metric}.target`] = showValue(m, m.target);
        row[`${m.metric}.actual`] = showValue(m, m.actual);
        row[`${m.metric}.completion`] =
          m.completionPermille === null ? '' : formatPermilleAsPercent(m.completionPermille);
        row[`${m.metric}.status`] = AssessmentProgressStatus.label(m.status);
      }
      for (const k of AssessmentOverdueKind.values) row[k] = u.overdue[k];
      sheet.addRow(row);
    }
    sheet.addRow({});
    sheet.addRow({
      name: `${overview.parent.name} · 截至${overview.asOf} · 考核规则版本${overview.policyVersion}`,
    });
    sheet.getRow(1).font = { bold: true };
    const content = Buffer.from(await book.xlsx.writeBuffer());
    await appendAudit(trx, ctx, {
      action: 'assessment.export',
      entityType: 'org_unit',
      entityId: overview.parent.id,
      after: {
        year: input.year,
        rows: overview.units.length,
        asOf: overview.asOf,
        policyVersion: overview.policyVersion,
      },
    });
    return {
      filename: `${input.year}-${overview.parent.name}-考核表.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: content.toString('base64'),
      rows: overview.units.length,
    };
  });
}
