import type { HardshipCategory, HouseholdStatus } from '../../household/enums';
import type { FestivalAmounts } from './festival-schema';

export interface FestivalHousehold {
  readonly status: HouseholdStatus;
  readonly category: HardshipCategory;
}

export interface FestivalRule {
  readonly eligibleStatuses: readonly HouseholdStatus[];
  readonly amounts: FestivalAmounts;
}

export type FestivalEligibility =
  | { eligible: true; amountFen: number }
  | { eligible: false; reason: 'STATUS' | 'CATEGORY'; explanation: { zh: string; en: string } };

/**
 * Whether a household is on a campaign's list and for how much. The list is built set-based in
 * SQL (build-list.ts); this is the same rule, for the form and the tests to state it once.
 */
export function festivalEligible(household: FestivalHousehold, rule: FestivalRule): FestivalEligibility {
  if (!rule.eligibleStatuses.includes(household.status)) {
    return {
      eligible: false,
      reason: 'STATUS',
      explanation: {
        zh: '档案状态不在本次活动范围内',
        en: "The file's status is outside this campaign",
      },
    };
  }
  const amountFen = rule.amounts[household.category];
  if (amountFen === undefined) {
    return {
      eligible: false,
      reason: 'CATEGORY',
      explanation: { zh: '困难类别不在本次活动范围内', en: 'The hardship category is outside this campaign' },
    };
  }
  return { eligible: true, amountFen };
}

/** The categories a campaign covers: those given an amount. */
export function festivalCategories(amounts: FestivalAmounts): HardshipCategory[] {
  return (Object.keys(amounts) as HardshipCategory[]).filter((c) => amounts[c] !== undefined);
}
