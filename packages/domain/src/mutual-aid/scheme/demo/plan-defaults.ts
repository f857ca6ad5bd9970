import type { MutualAidPlan } from '../scheme-schema';

/** Fields most plans share; the [A] defaults of brief §7.2 (waiting 90 days on first enrolment, claim window 365 days). */
export const DISEASE_PLAN_DEFAULTS = {
  termMonths: 12,
  waitingDaysFirstEnrolment: 90,
  waitingDaysRenewal: 0,
  deductible: {},
  bands: [],
  lumpSums: [],
  offsetsOtherUnionAid: false,
  claimWindowDays: 365,
} satisfies Partial<MutualAidPlan>;

export const IN_SERVICE_MEMBERS = {
  inServiceOnly: true,
  unionMemberRequired: true,
} satisfies MutualAidPlan['eligibility'];

export const yuan = (y: number) => y * 100;
