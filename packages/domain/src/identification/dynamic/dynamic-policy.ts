import { z } from 'zod';

/** Dynamic-management settings an admin may change (brief §12); decisions keep the version used. */
export const DynamicManagementPolicySchema = z.object({
  /** Days a volunteer has to complete a verification visit. */
  verificationDueDays: z.number().int().min(1).max(90).default(14),
  /** Days the responsible unit has to act on a rectification order (paper/electronic sync: 30). */
  rectificationDueDays: z.number().int().min(1).max(365).default(30),
  /** Monthly follow-up calls after an exit (跟踪回访). */
  followUpMonths: z.number().int().min(0).max(36).default(12),
});
export type DynamicManagementPolicy = z.output<typeof DynamicManagementPolicySchema>;

export const DYNAMIC_MANAGEMENT_POLICY_KIND = 'DYNAMIC_MANAGEMENT';

export const DEFAULT_DYNAMIC_MANAGEMENT_POLICY: DynamicManagementPolicy = {
  verificationDueDays: 14,
  rectificationDueDays: 30,
  followUpMonths: 12,
};
