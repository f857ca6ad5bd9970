import { z } from 'zod';
import { HardshipCategory, HouseholdStatus } from '../../household/enums';

export const MUTUAL_AID_POLICY_KIND = 'MUTUAL_AID';

/**
 * Configuration of enrolment and pharmacy accounts: which household files make a member a
 * hardship member (困难职工), and which categories count as 特困 for the pharmacy subsidy.
 */
export const MutualAidPolicySchema = z.object({
  /** A member whose ID number is in a file in one of these states enrols as a hardship member. */
  hardshipStatuses: z.array(HouseholdStatus.schema).min(1).default(['FILED', 'AIDED', 'UNDER_REVIEW']),
  /** 特困职工 for the 六盘水 pharmacy subsidy: hardship members whose file has one of these categories. */
  pharmacyCategories: z.array(HardshipCategory.schema).min(1).default(['DEEP', 'DIBAO']),
});
export type MutualAidPolicy = z.infer<typeof MutualAidPolicySchema>;

export const DEFAULT_MUTUAL_AID_POLICY: MutualAidPolicy = {
  hardshipStatuses: ['FILED', 'AIDED', 'UNDER_REVIEW'],
  pharmacyCategories: ['DEEP', 'DIBAO'],
};
