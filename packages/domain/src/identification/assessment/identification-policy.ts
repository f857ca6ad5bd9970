import { z } from 'zod';
import { FenSchema } from '../../common/money';
import { HardshipCategory } from '../../household/enums';
import { ExclusionRule, NoticeScope, SurveyMethod } from './assessment-enums';

const DivisionCodeSchema = z
  .string()
  .regex(/^\d{6}$/, '行政区划代码应为6位数字 / division code must be 6 digits');
const YearSchema = z.number().int().min(2000).max(2100);
const PermilleSchema = z.number().int().min(0).max(100_000);

/** A monthly amount that applies in one division for one calendar year. */
export const DivisionYearAmountSchema = z.object({
  divisionCode: DivisionCodeSchema,
  year: YearSchema,
  monthlyFen: FenSchema,
});
export type DivisionYearAmount = z.infer<typeof DivisionYearAmountSchema>;

/**
 * Every parameter identification needs (brief §12), as versioned policy data. Multiples and shares
 * are permille integers so that every comparison is exact.
 */
/** The policy_version kind under which admins publish this policy. */
export const IDENTIFICATION_POLICY_KIND = 'IDENTIFICATION';

export const IdentificationPolicySchema = z.object({
  /** L: urban 低保 line per person per month, per county/prefecture/province and year. */
  dibaoLines: z.array(DivisionYearAmountSchema),
  /** Local minimum wage per month, used to impute income of able-bodied jobless members (§2.4). */
  minimumWages: z.array(DivisionYearAmountSchema),
  /** 深度困难: PCNI ≤ this × L. */
  deepPermille: PermilleSchema,
  /** 相对困难: PCNI ≤ this × L. */
  relativePermille: PermilleSchema,
  /** Gen-1 低保边缘户: per-capita income ≤ this × L. */
  gen1EdgePermille: PermilleSchema,
  /** Gen-1 意外致困户: case (a) below this × L, case (b) above it. */
  gen1AccidentCapPermille: PermilleSchema,
  /** Gen-2 意外致困: accident cost > this share of annual income. */
  accidentIncomeSharePermille: PermilleSchema,
  /** Gen-1 低保户 case (a): months in a row below L. */
  gen1DibaoConsecutiveMonths: z.number().int().min(1).max(36),
  /** Previous year's provincial per-capita disposable income (Anqing precondition). */
  previousYearProvincialIncome: z.array(z.object({ year: YearSchema, annualFen: FenSchema })),
  applyAnqingPrecondition: z.boolean(),
  /** Exclusion rules switched on. */
  exclusions: z.array(ExclusionRule.schema),
  /** 脱困 needs PCNI above this × L, per category. */
  exitThresholdPermille: z.record(HardshipCategory.schema, PermilleSchema),
  exitConsecutiveMonths: z.number().int().min(1).max(36),
  accidentReviewMonths: z.number().int().min(1).max(60),
  noticeWorkingDays: z.number().int().min(1).max(60),
  noticeScopes: z.array(NoticeScope.schema).min(1),
  minSurveyors: z.number().int().min(1).max(10),
  surveySlaDays: z.number().int().min(1).max(90),
  annualReviewRequired: z.boolean(),
  randomReviewSharePermille: PermilleSchema.max(1000),
  spotCheckSharePermille: PermilleSchema.max(1000),
  /** Survey method per org-code prefix; the longest matching prefix wins. */
  surveyMethods: z.array(z.object({ orgCodePrefix: z.string().min(1), method: SurveyMethod.schema })),
});
export type IdentificationPolicy = z.infer<typeof IdentificationPolicySchema>;

function everyYear(divisionCode: string, from: number, to: number, monthlyFen: number): DivisionYearAmount[] {
  const rows: DivisionYearAmount[] = [];
  for (let year = from; year <= to; year++) rows.push({ divisionCode, year, monthlyFen });
  return rows;
}

export const DEFAULT_IDENTIFICATION_POLICY: IdentificationPolicy = {
  // [A] ¥800 is the brief's illustrative L (§2.5), not a verified Guizhou figure: load real lines per county.
  dibaoLines: everyYear('520000', 2016, 2027, 80_000),
  // [A] ¥1,790 is a plausible Guizhou first-tier monthly minimum wage [R]; load real tiers per county.
  minimumWages: everyYear('520000', 2016, 2027, 179_000),
  deepPermille: 1000, // [S2]
  relativePermille: 2000, // [S2][S3]
  gen1EdgePermille: 1500, // [S6][S7]
  gen1AccidentCapPermille: 3000, // [S6][S5][S42]
  accidentIncomeSharePermille: 800, // [S4][L] Qingdao
  gen1DibaoConsecutiveMonths: 6, // [S6][S7]
  previousYearProvincialIncome: [], // [S2][L] Anqing; no Guizhou figure loaded
  applyAnqingPrecondition: false, // [A] unclear whether Guizhou uses it (§12)
  exclusions: [...ExclusionRule.values], // [L][S6][S42][S43]
  // [S15][A] exit above the entry threshold; 意外 has no PCNI entry line, so the widest Gen-2 line.
  exitThresholdPermille: {
    DIBAO: 1000,
    DIBAO_EDGE: 1500,
    ACCIDENT_2016: 1000,
    DEEP: 1000,
    RELATIVE: 2000,
    ACCIDENT: 2000,
  },
  exitConsecutiveMonths: 6, // [S15]
  accidentReviewMonths: 12, // [A]
  noticeWorkingDays: 5, // [A]
  noticeScopes: ['UNIT', 'COMMUNITY'], // [A][S13]
  minSurveyors: 2, // [S13][S14]
  surveySlaDays: 5, // [S12][L]
  annualReviewRequired: true, // [S8]
  randomReviewSharePermille: 300, // [S9][L]
  spotCheckSharePermille: 100, // [A]
  surveyMethods: [
    { orgCodePrefix: '52', method: 'FOUR_LOOKS' }, // [A] 毕节 method adapted province-wide (§8.2)
    { orgCodePrefix: '5223', method: 'SIX_STEP' }, // [A] 黔西南 (§8.3, not found, to confirm)
  ],
};

/** County code, then its prefecture, then the province: where a yearly amount may be set. */
function divisionFallbacks(divisionCode: string): string[] {
  const county = divisionCode.slice(0, 6);
  const chain = [county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`];
  return chain.filter((code, i) => chain.indexOf(code) === i);
}

function amountFor(
  rows: readonly DivisionYearAmount[],
  divisionCode: string,
  year: number,
): { monthlyFen: number; from: string } | null {
  for (const code of divisionFallbacks(divisionCode)) {
    const row = rows.find((r) => r.divisionCode === code && r.year === year);
    if (row) return { monthlyFen: row.monthlyFen, from: code };
  }
  return null;
}

/** L for a division and year; `from` is the division whose line applied. */
export function dibaoLineFor(
  policy: IdentificationPolicy,
  divisionCode: string,
  year: number,
): { monthlyFen: number; from: string } | null {
  return amountFor(policy.dibaoLines, divisionCode, year);
}

/** The local minimum wage for a division and year, with the same fallback as L. */
export function minimumWageFor(
  policy: IdentificationPolicy,
  divisionCode: string,
  year: number,
): { monthlyFen: number; from: string } | null {
  return amountFor(policy.minimumWages, divisionCode, year);
}

/** The survey method of an org: the longest configured prefix of its code wins. */
export function surveyMethodFor(policy: IdentificationPolicy, orgCode: string): SurveyMethod {
  let best: { len: number; method: SurveyMethod } = { len: -1, method: 'FOUR_LOOKS' };
  for (const { orgCodePrefix, method } of policy.surveyMethods) {
    if (orgCode.startsWith(orgCodePrefix) && orgCodePrefix.length > best.len) {
      best = { len: orgCodePrefix.length, method };
    }
  }
  return best.method;
}

/** The previous year's provincial per-capita disposable income for `year`, if configured. */
export function previousYearProvincialIncomeFor(policy: IdentificationPolicy, year: number): number | null {
  return policy.previousYearProvincialIncome.find((r) => r.year === year - 1)?.annualFen ?? null;
}
