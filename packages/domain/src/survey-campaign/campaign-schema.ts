import { z } from 'zod';
import { IsoDateSchema } from '../common/dates';
import { SurveyQuestionnaireSchema } from './questionnaire-schema';
import { SurveyCampaignStatus } from './survey-enums';

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${what} / ${what} is required`)
    .max(max, `${what}不能超过${max}字 / at most ${max} characters`);

/** A region a team covers (an org unit in the campaign's subtree), with an optional target count. */
export const SurveyTeamRegionSchema = z.object({
  orgId: z.uuid('请选择调研地区 / choose the region'),
  target: z
    .number()
    .int('目标户数应为整数 / target is a whole number')
    .min(0)
    .max(10_000_000)
    .nullish()
    .transform((v) => v ?? null),
});

/** 调研组: a leader (always a member), members, and the regions it covers. */
export const SurveyTeamInputSchema = z
  .object({
    name: text(50, '调研组名称'),
    leaderId: z.uuid('请选择组长 / choose the leader'),
    memberIds: z.array(z.uuid()).max(100).default([]),
    regions: z
      .array(SurveyTeamRegionSchema)
      .min(1, '请至少指定一个调研地区 / assign at least one region')
      .max(200),
  })
  .superRefine((t, ctx) => {
    const ids = t.regions.map((r) => r.orgId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['regions'], message: '调研地区重复 / a region is listed twice' });
    }
  });
export type SurveyTeamInput = z.input<typeof SurveyTeamInputSchema>;
export type SurveyTeam = z.output<typeof SurveyTeamInputSchema>;

const campaignFields = {
  title: text(100, '调研活动名称'),
  year: z.number().int().min(2000, '年度有误 / invalid year').max(2100, '年度有误 / invalid year'),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  teams: z.array(SurveyTeamInputSchema).min(1, '请至少设立一个调研组 / add at least one team').max(50),
  questions: SurveyQuestionnaireSchema,
};

function refinePeriod(c: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx): void {
  if (c.periodEnd < c.periodStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: '结束日期不能早于开始日期 / end is before start',
    });
  }
}

/** 调研活动: filed under the creator's union. */
export const SurveyCampaignInputSchema = z.object(campaignFields).superRefine(refinePeriod);
export type SurveyCampaignInput = z.input<typeof SurveyCampaignInputSchema>;
export type SurveyCampaignCreate = z.output<typeof SurveyCampaignInputSchema>;

export const SurveyCampaignUpdateSchema = z
  .object({ id: z.uuid(), version: z.number().int().min(1), ...campaignFields })
  .superRefine(refinePeriod);
export type SurveyCampaignUpdateInput = z.input<typeof SurveyCampaignUpdateSchema>;
export type SurveyCampaignUpdate = z.output<typeof SurveyCampaignUpdateSchema>;

export const SurveyCampaignIdSchema = z.object({ id: z.uuid() });
/** Open or close: the version the client read. */
export const SurveyCampaignStepSchema = z.object({ id: z.uuid(), version: z.number().int().min(1) });
export type SurveyCampaignStep = z.output<typeof SurveyCampaignStepSchema>;

export const SurveyCampaignListSchema = z.object({
  status: SurveyCampaignStatus.schema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type SurveyCampaignListQuery = z.output<typeof SurveyCampaignListSchema>;

/** Progress, summary and export can narrow to one region (org unit) of the viewer's scope. */
export const SurveyCampaignRegionSchema = z.object({
  campaignId: z.uuid(),
  regionOrgId: z.uuid().optional(),
});
export type SurveyCampaignRegionQuery = z.output<typeof SurveyCampaignRegionSchema>;

export const SurveyResponseListSchema = z.object({
  campaignId: z.uuid(),
  regionOrgId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type SurveyResponseListQuery = z.output<typeof SurveyResponseListSchema>;
