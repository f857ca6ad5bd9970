import { z } from 'zod';
import { FenSchema } from '../../common/money';
import { HardshipCategory, HouseholdStatus } from '../../household/enums';
import { AID_ELIGIBLE_STATUSES } from '../../identification/workflow/state-machine';
import { FundingSource } from '../plan/aid-enums';
import { Festival, FestivalItemStatus } from './festival-enums';

const version = z.number().int().min(1);
const campaignId = z.uuid();

/** Amount per hardship category, in fen; a category without an amount is not eligible. */
export const FestivalAmountsSchema = z
  .partialRecord(HardshipCategory.schema, FenSchema.min(1, '金额必须大于0 / amount must be above 0'))
  .refine(
    (a) => Object.keys(a).length > 0,
    '至少为一个困难类别设定金额 / set an amount for at least one category',
  );
export type FestivalAmounts = z.infer<typeof FestivalAmountsSchema>;

/**
 * 送温暖活动: who (categories with their amounts, file statuses) under which union's subtree, paid
 * from which fund. Statuses default to filed files ("先建档后帮扶"); a campaign may widen them
 * (brief §3.2: festival condolence payments are the exception).
 */
export const FestivalCampaignInputSchema = z.object({
  orgId: z.uuid('请选择发起工会 / choose the organising union'),
  name: z
    .string()
    .trim()
    .min(1, '请填写活动名称 / name is required')
    .max(100, '活动名称不能超过100字 / at most 100 characters'),
  festival: Festival.schema,
  year: z.number().int().min(2000).max(2100),
  amounts: FestivalAmountsSchema,
  eligibleStatuses: z
    .array(HouseholdStatus.schema)
    .min(1, '至少选择一个档案状态 / choose at least one file status')
    .default([...AID_ELIGIBLE_STATUSES])
    .transform((s) => [...new Set(s)]),
  fundingSource: FundingSource.schema,
});
export type FestivalCampaignInput = z.input<typeof FestivalCampaignInputSchema>;
export type FestivalCampaignCreate = z.output<typeof FestivalCampaignInputSchema>;

export const FestivalCampaignIdSchema = z.object({ campaignId });
export const FestivalCampaignStepSchema = z.object({ campaignId, expectedVersion: version });
export type FestivalCampaignStep = z.infer<typeof FestivalCampaignStepSchema>;

export const FestivalCampaignListSchema = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type FestivalCampaignListQuery = z.output<typeof FestivalCampaignListSchema>;

/** The review list (名单) of one campaign, a page at a time. */
export const FestivalItemsQuerySchema = z.object({
  campaignId,
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  filter: z
    .object({ status: FestivalItemStatus.schema.optional(), category: HardshipCategory.schema.optional() })
    .default({}),
});
export type FestivalItemsQuery = z.output<typeof FestivalItemsQuerySchema>;

/** 剔除: takes a household off the list before approval, with the reason on record. */
export const FestivalExcludeSchema = z.object({
  itemId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(1, '请填写剔除原因 / give a reason')
    .max(200, '原因不能超过200字 / at most 200 characters'),
  expectedVersion: version.optional(),
});
export type FestivalExcludeInput = z.infer<typeof FestivalExcludeSchema>;

export const FestivalIncludeSchema = z.object({ itemId: z.uuid(), expectedVersion: version.optional() });
export type FestivalIncludeInput = z.infer<typeof FestivalIncludeSchema>;
