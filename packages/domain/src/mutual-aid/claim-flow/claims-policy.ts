import { z } from 'zod';
import { FenSchema } from '../../common/money';

export const MUTUAL_AID_CLAIMS_POLICY_KIND = 'MUTUAL_AID_CLAIMS';

/** Configured second-review rules of mutual-aid claims (versioned; a claim stores the version). */
export const MutualAidClaimsPolicySchema = z.object({
  /** Share of claims drawn at random for a second reviewer, in permille (0–1000). */
  secondReviewSharePermille: z.number().int().min(0).max(1000),
  /** A claim paying more than this (fen) always goes to a second reviewer. */
  secondReviewAboveFen: FenSchema,
});
export type MutualAidClaimsPolicy = z.infer<typeof MutualAidClaimsPolicySchema>;

/** Version 0 [A]: one claim in ten at random, and every claim above 20,000 yuan. */
export const DEFAULT_MUTUAL_AID_CLAIMS_POLICY: MutualAidClaimsPolicy = {
  secondReviewSharePermille: 100,
  secondReviewAboveFen: 2_000_000,
};
