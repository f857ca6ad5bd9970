import { z } from 'zod';
import { ClaimSchema } from '../claims';
import { ClaimDecision, ClaimStatus } from './claim-enums';

const IdempotencyKeySchema = z.string().trim().min(8).max(200);

/** claims.submit / claims.submitMine: one claim against one enrolment, replay-safe by key. */
export const ClaimSubmitSchema = z.object({
  enrolmentId: z.uuid(),
  claim: ClaimSchema,
  idempotencyKey: IdempotencyKeySchema,
});
export type ClaimSubmit = z.infer<typeof ClaimSubmitSchema>;

export const ClaimGetSchema = z.object({ claimId: z.uuid() });

export const ClaimListSchema = z.object({
  orgId: z.uuid().optional(),
  status: ClaimStatus.schema.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ClaimList = z.infer<typeof ClaimListSchema>;

export const ClaimReviewSchema = z.object({
  claimId: z.uuid(),
  expectedVersion: z.number().int().min(1),
  decision: ClaimDecision.schema,
  reason: z.string().trim().min(1).max(1000),
});
export type ClaimReview = z.infer<typeof ClaimReviewSchema>;

export const ClaimPaySchema = z.object({
  claimId: z.uuid(),
  expectedVersion: z.number().int().min(1),
});
export type ClaimPay = z.infer<typeof ClaimPaySchema>;

const YearSchema = z.number().int().min(2000).max(2100);

export const FundStatisticsSchema = z.object({
  orgId: z.uuid().optional(),
  schemeId: z.uuid().optional(),
  year: YearSchema,
});
export type FundStatisticsInput = z.infer<typeof FundStatisticsSchema>;
