import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { HardshipCause } from '../../household/enums';
import { AidMeasureKind, AidMeasureStatus } from './aid-enums';

const version = z.number().int().min(1);

export const AidMeasureInputSchema = z.object({
  kind: AidMeasureKind.schema,
  cause: HardshipCause.schema,
  description: z.string().trim().min(1, '请填写措施内容 / describe the measure').max(500),
  targetDate: IsoDateSchema.nullish().transform((v) => v ?? null),
  status: AidMeasureStatus.schema.default('PLANNED'),
  plannedAmountFen: FenSchema.nullish().transform((v) => v ?? null),
});
export type AidMeasureInput = z.input<typeof AidMeasureInputSchema>;
export type AidMeasure = z.output<typeof AidMeasureInputSchema>;

export const AidPlanGetSchema = z.object({ householdId: z.uuid() });

/** Saves the household's draft plan; editing a signed plan starts draft plan_no + 1. */
export const AidPlanSaveDraftSchema = z.object({
  householdId: z.uuid(),
  /** The draft's version when editing an existing draft; absent when starting one. */
  expectedVersion: version.optional(),
  responsibleCadreId: z.uuid(),
  plannedExitYear: z.number().int().min(2016).max(2100),
  measures: z.array(AidMeasureInputSchema).min(1, '至少填写一项帮扶措施 / add at least one measure').max(30),
});
export type AidPlanSaveDraftInput = z.input<typeof AidPlanSaveDraftSchema>;
export type AidPlanSaveDraft = z.output<typeof AidPlanSaveDraftSchema>;

/** Records the worker's signature on paper: the scan was uploaded to the household's attachments. */
export const AidPlanSignOnPaperSchema = z.object({
  planId: z.uuid(),
  expectedVersion: version,
  signerName: z.string().trim().min(1, '请填写签字人 / signer is required').max(50),
  attachmentId: z.uuid(),
});
export type AidPlanSignOnPaper = z.infer<typeof AidPlanSignOnPaperSchema>;
