import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';
import { FenSchema } from '../../common/money';
import { Sex } from '../../household/enums';
import { checkSchemeConsistency } from './scheme-consistency';
import { ClaimBase, ContributionAppliesTo, MutualAidPlanType, PayerKind } from './scheme-enums';

const LabelSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const PermilleSchema = z.number().int().min(0).max(1000);
const CodeSchema = z
  .string()
  .regex(/^[A-Z0-9_-]{1,40}$/, '代码只能用大写字母、数字、_、- / code: A-Z 0-9 _ -');

export const ContributionShareSchema = z.object({
  payer: PayerKind.schema,
  fen: FenSchema,
  appliesTo: ContributionAppliesTo.schema,
});

/** One member's contribution per term, and who pays which part of it per member category. */
export const ContributionSchema = z.object({
  totalFen: FenSchema,
  split: z.array(ContributionShareSchema).min(1),
});

export const PlanEligibilitySchema = z.object({
  ageMin: z.number().int().min(0).max(120).optional(),
  ageMax: z.number().int().min(0).max(120).optional(),
  sex: Sex.schema.optional(),
  inServiceOnly: z.boolean(),
  unionMemberRequired: z.boolean(),
  /** Group enrolment: at least this share of the unit's staff must join (e.g. 800 = 80 %). */
  groupMinSharePermille: PermilleSchema.optional(),
  /** Group enrolment: a unit with fewer staff than this must enrol all of them. */
  groupAllIfStaffBelow: z.number().int().min(1).optional(),
});

/** A rate band on the (yearly cumulative) base; `toFen: null` is open-ended. */
export const RateBandSchema = z.object({
  fromFen: FenSchema,
  toFen: FenSchema.nullable(),
  ratePermille: PermilleSchema,
  ratePermilleHardship: PermilleSchema.optional(),
});

/** A fixed payout for a first diagnosis of a listed disease (ICD-10 code prefixes). */
export const LumpSumSchema = z.object({
  name: LabelSchema.optional(),
  icd10Prefixes: z.array(z.string().regex(/^[A-Z]\d{0,2}(\.\d{0,4})?$/)).min(1),
  fen: FenSchema,
  firstDiagnosisOnly: z.literal(true),
  oncePerMember: z.literal(true),
});

export const MutualAidPlanSchema = z.object({
  code: CodeSchema,
  name: LabelSchema,
  type: MutualAidPlanType.schema,
  contribution: ContributionSchema,
  termMonths: z.number().int().min(1).max(60),
  /** Cover starts on a fixed common date after payment (brief §7.1); otherwise on enrolment. */
  fixedStartDate: IsoDateSchema.optional(),
  eligibility: PlanEligibilitySchema,
  waitingDaysFirstEnrolment: z.number().int().min(0).max(730),
  waitingDaysRenewal: z.number().int().min(0).max(730),
  base: ClaimBase.schema,
  deductible: z.object({ perStayFen: FenSchema.optional(), perYearFen: FenSchema.optional() }),
  bands: z.array(RateBandSchema),
  /** HOSPITAL_DAYS plans: the allowance per night in hospital. */
  dailyAllowanceFen: FenSchema.optional(),
  capPerClaimFen: FenSchema.optional(),
  capPerTermFen: FenSchema.optional(),
  lumpSums: z.array(LumpSumSchema),
  /** Deduct what other union schemes already paid for the same event (大连 rule, brief §7.1). */
  offsetsOtherUnionAid: z.boolean(),
  claimWindowDays: z.number().int().min(1).max(730),
});
export type MutualAidPlan = z.infer<typeof MutualAidPlanSchema>;
export type RateBand = z.infer<typeof RateBandSchema>;
export type LumpSum = z.infer<typeof LumpSumSchema>;
export type PlanEligibility = z.infer<typeof PlanEligibilitySchema>;

export const MutualAidSchemeSchema = z
  .object({
    code: CodeSchema,
    name: LabelSchema,
    /** GB/T 2260 code of the region the scheme runs in. */
    divisionCode: z.string().regex(/^52\d{4}$/),
    termYear: z.number().int().min(2000).max(2100),
    plans: z.array(MutualAidPlanSchema).min(1),
    /** Each inner list: plan codes of which a member may hold at most one. */
    exclusiveGroups: z.array(z.array(CodeSchema).min(2)),
    choice: z.object({ maxPlans: z.number().int().min(1).optional() }),
  })
  .superRefine((scheme, ctx) => {
    for (const issue of checkSchemeConsistency(scheme)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type MutualAidScheme = z.infer<typeof MutualAidSchemeSchema>;
