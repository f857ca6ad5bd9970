import { z } from 'zod';
import { SpotCheckOutcome } from '../oversight/spot-check-sample';
import { DrawSeedSchema } from './dynamic-schemas';
import { SpotCheckStatus, StratifyBy } from './enums';

export const DrawSpotCheckSchema = z.object({
  orgId: z.uuid(),
  /** Share of each stratum, permille; the identification policy's share when left out. */
  sharePermille: z.number().int().min(1).max(1000).optional(),
  stratifyBy: StratifyBy.schema,
  statuses: z
    .array(SpotCheckStatus.schema)
    .min(1, '请选择抽查范围 / choose the file states to sample')
    .transform((s) => [...new Set(s)]),
  seed: DrawSeedSchema,
});
export type DrawSpotCheck = z.output<typeof DrawSpotCheckSchema>;

export const SpotCheckIdSchema = z.object({ id: z.uuid() });

/** Why a wrongly included file is cancelled: false information given, or not eligible after all. */
export const CorrectionReason = z.enum(['FALSE_INFORMATION', 'EXCLUSION']);

export const RecordSpotCheckOutcomeSchema = z
  .object({
    itemId: z.uuid(),
    expectedVersion: z.number().int().min(1).optional(),
    outcome: SpotCheckOutcome.schema,
    note: z.string().trim().min(1, '请填写抽查情况 / describe what was found').max(2000),
    cancelReason: CorrectionReason.optional(),
  })
  .refine((v) => v.outcome !== 'WRONGLY_INCLUDED' || v.cancelReason !== undefined, {
    path: ['cancelReason'],
    message: '错评须注明注销原因 / a wrongly included file needs the cancellation reason',
  });
export type RecordSpotCheckOutcome = z.output<typeof RecordSpotCheckOutcomeSchema>;

export const QualityReportSchema = z.object({
  orgId: z.uuid(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type QualityReportInput = z.output<typeof QualityReportSchema>;
