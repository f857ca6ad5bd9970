import { z } from 'zod';

/** 考核 parameters an admin may change (brief §12); every ranking records the version it used. */
export const AssessmentPolicySchema = z.object({
  /** Score points (‰ of a full score) deducted per overdue task. */
  overduePenaltyPermille: z.number().int().min(0).max(1000).default(20),
  /** Days a started annual/random review has before it counts as overdue. */
  reviewDueDays: z.number().int().min(1).max(366).default(60),
});
export type AssessmentPolicy = z.output<typeof AssessmentPolicySchema>;

export const ASSESSMENT_POLICY_KIND = 'ASSESSMENT';

export const DEFAULT_ASSESSMENT_POLICY: AssessmentPolicy = {
  overduePenaltyPermille: 20, // [A] 2 points of 100 per overdue task
  reviewDueDays: 60, // [A] two months from the start of a review round
};
