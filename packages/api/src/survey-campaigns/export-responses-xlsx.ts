import { withTransaction } from '@bangfu/db';
import type { SurveyAnswers, SurveyCampaignRegionQuery } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { answerCell, questionHeader } from './answer-cells';
import { campaignQuestions, getVisibleCampaign } from './campaign-rows';
import { regionPath, responseQuery, toResponseDto } from './response-rows';
import type { StaffContext } from './survey-errors';

export interface SurveyResponsesXlsx {
  filename: string;
  mimeType: string;
  /** The workbook, base64-encoded (tRPC carries JSON). */
  contentBase64: string;
  rows: number;
}

const FIXED = [
  { header: '序号', key: 'n', width: 8 },
  { header: '调研组', key: 'team', width: 16 },
  { header: '所属工会', key: 'org', width: 24 },
  { header: '地区代码', key: 'division', width: 10 },
  { header: '档案编号', key: 'fileNo', width: 22 },
  { header: '受访者', key: 'respondent', width: 10 },
  { header: '建档情况', key: 'filed', width: 10 },
  { header: '调查员', key: 'author', width: 12 },
  { header: '录入日期', key: 'date', width: 12 },
];

/**
 * 调研答卷 export: one row per response in the viewer's scope (or a region), names masked, no ID
 * numbers. Every export is logged (brief §11.5), so this is a mutation with an audit event.
 */
export async function exportResponsesXlsx({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyCampaignRegionQuery;
}): Promise<SurveyResponsesXlsx> {
  return withTransaction(ctx.db, async (trx) => {
    const campaign = await getVisibleCampaign(trx, ctx.actor, input.campaignId);
    const path = await regionPath(trx, ctx.actor, input.regionOrgId);
    const questions = campaignQuestions(campaign);
    const rows = await responseQuery(trx, campaign.id, path).orderBy('r.org_path').orderBy('r.id').execute();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('答卷');
    sheet.columns = [
      ...FIXED,
      ...questions.map((q) => ({ header: questionHeader(q), key: `q:${q.code}`, width: 16 })),
    ];
    rows.forEach((row, i) => {
      const r = toResponseDto(row, ctx.actor);
      const answers = r.answers as SurveyAnswers;
      sheet.addRow({
        n: i + 1,
        team: r.teamName,
        org: r.orgName,
        division: r.divisionCode,
        fileNo: r.fileNo ?? '',
        respondent: r.respondent,
        filed: r.householdId ? '已建档' : '未建档',
        author: r.authorName ?? '',
        date: businessDate(new Date(r.createdAt)),
        ...Object.fromEntries(questions.map((q) => [`q:${q.code}`, answerCell(q, answers[q.code])])),
      });
    });
    sheet.getRow(1).font = { bold: true };
    const content = Buffer.from(await book.xlsx.writeBuffer());
    await appendAudit(trx, ctx, {
      action: 'survey.export',
      entityType: 'survey_campaign',
      entityId: campaign.id,
      after: {
        regionOrgId: input.regionOrgId ?? null,
        rows: rows.length,
        fields: [...FIXED.map((c) => c.key), ...questions.map((q) => q.code)],
      },
      purpose: 'AUDIT',
    });
    return {
      filename: `${campaign.year}-${campaign.title}-答卷.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: content.toString('base64'),
      rows: rows.length,
    };
  });
}
