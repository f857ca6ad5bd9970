import { z } from 'zod';
import { FenSchema, formatFenAsYuan } from '../../common/money';
import { HardshipCategory } from '../../household/enums';
import type { FestivalAmounts } from './festival-schema';

export const FESTIVAL_POLICY_KIND = 'FESTIVAL';

/** Configured limits of 送温暖 (versioned; a campaign stores the version it was checked against). */
export const FestivalPolicySchema = z.object({
  /** Most one household may get from one campaign, in fen. */
  maxAmountFen: FenSchema.min(1),
});
export type FestivalPolicy = z.infer<typeof FestivalPolicySchema>;

/** Version 0: 5,000 yuan, above the 4 months of living costs 全总 pre-paid in 2019 (brief §6.3). */
export const DEFAULT_FESTIVAL_POLICY: FestivalPolicy = { maxAmountFen: 500_000 };

/** Field errors for amounts above the configured cap; empty when all are within it. */
export function amountsOverCap(amounts: FestivalAmounts, policy: FestivalPolicy): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [category, fen] of Object.entries(amounts)) {
    if (fen !== undefined && fen > policy.maxAmountFen) {
      const label = HardshipCategory.label(category as HardshipCategory);
      const cap = formatFenAsYuan(policy.maxAmountFen);
      errors[`amounts.${category}`] = [
        `${label}的金额超过每户上限${cap}元 / amount is above the cap of ${cap} yuan per household`,
      ];
    }
  }
  return errors;
}
