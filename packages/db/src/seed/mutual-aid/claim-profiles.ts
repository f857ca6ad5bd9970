import type { MutualAidPlan, MutualAidScheme } from '@bangfu/domain';

/**
 * How often each plan pays and how much, relative to the others [A]. The article gives only the
 * province's totals (1.1万 claims, 553.5万 yuan) and 思南's 66 claims for 42万 yuan; these weights
 * split the totals between plans, and the generator scales the amounts so they add up exactly.
 */
export interface PlanProfile {
  /** Paid claims per 10,000 enrolments in a year. */
  readonly perMyriad: number;
  /** A typical payout in yuan, for plans paying a share of cost; lump sums and allowances pay their own. */
  readonly typicalYuan: number;
}

const PROFILES: Readonly<Record<string, PlanProfile>> = {
  'GUIYANG-CRITICAL/CRITICAL': { perMyriad: 6, typicalYuan: 0 },
  'ZUNYI-FIVE-PLANS/ACCIDENT': { perMyriad: 80, typicalYuan: 300 },
  'ZUNYI-FIVE-PLANS/CRITICAL': { perMyriad: 8, typicalYuan: 0 },
  'ZUNYI-FIVE-PLANS/INPATIENT': { perMyriad: 300, typicalYuan: 450 },
  'ZUNYI-FIVE-PLANS/FEMALE': { perMyriad: 5, typicalYuan: 0 },
  'ZUNYI-FIVE-PLANS/DAILY': { perMyriad: 200, typicalYuan: 0 },
  'LIUPANSHUI-INPATIENT/INPATIENT': { perMyriad: 250, typicalYuan: 600 },
  // 思南 (article): 66 workers, 42万 yuan by the end of September, the largest 5.4万.
  'SINAN-INPATIENT/INPATIENT': { perMyriad: 170, typicalYuan: 6_400 },
};
const GENERIC_PROFILE: PlanProfile = { perMyriad: 120, typicalYuan: 350 };

export function planProfile(schemeCode: string, planCode: string): PlanProfile {
  return PROFILES[`${schemeCode}/${planCode}`] ?? GENERIC_PROFILE;
}

/** What a plan pays: a share of cost (amounts tuned), or a fixed sum (lump sums, daily allowance). */
export type PayoutKind = 'RATIO' | 'LUMP' | 'DAILY';

export function payoutKind(plan: MutualAidPlan): PayoutKind {
  if (plan.base === 'DIAGNOSIS_EVENT') return 'LUMP';
  if (plan.base === 'HOSPITAL_DAYS') return 'DAILY';
  return 'RATIO';
}

/** Longest stay a drawn claim has, in days (the daily allowance pays per day). */
export const MAX_STAY_DAYS = 20;

/** The most a claim on a fixed-sum plan pays (for the plan's budget check). */
export function fixedPayoutBound(plan: MutualAidPlan): number {
  if (payoutKind(plan) === 'LUMP') return Math.max(...plan.lumpSums.map((l) => l.fen));
  const daily = MAX_STAY_DAYS * (plan.dailyAllowanceFen ?? 0);
  return plan.capPerClaimFen === undefined ? daily : Math.min(daily, plan.capPerClaimFen);
}

/** The most one claim (the member's only one under the plan) may pay. */
export function payoutCap(plan: MutualAidPlan): number {
  const caps = [plan.capPerClaimFen, plan.capPerTermFen].filter((c): c is number => c !== undefined);
  return caps.length > 0 ? Math.min(...caps) : Number.MAX_SAFE_INTEGER;
}

export function planOf(scheme: MutualAidScheme, code: string): MutualAidPlan {
  const plan = scheme.plans.find((p) => p.code === code);
  if (!plan) throw new Error(`${scheme.code} has no plan ${code}`);
  return plan;
}
