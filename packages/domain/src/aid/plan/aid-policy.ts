import { z } from 'zod';
import { FenSchema } from '../../common/money';
import { HardshipCategory } from '../../household/enums';
import { AidProgramme, ApprovalLevel } from './aid-enums';

export const AID_POLICY_KIND = 'AID';

const PermilleSchema = z.number().int().min(0).max(1_000_000);
/** Where a default comes from: a brief tag such as '[S21][L]'. */
const SourceSchema = z.string().min(1).max(100);

/** What a cap is counted per: the household, each member, or each student in senior/higher school. */
export const CapUnit = z.enum(['HOUSEHOLD', 'PERSON', 'STUDENT']);
export type CapUnit = z.infer<typeof CapUnit>;

/**
 * A yearly cap on one programme for some categories (brief §6.2). Every limit given applies and
 * the lowest wins: a multiple of L (monthly 低保 line per person), a fixed amount, a share of the
 * self-paid cost. `categories: null` means any household, filed or not.
 */
export const AidCapSchema = z
  .object({
    programme: AidProgramme.schema,
    categories: z.array(HardshipCategory.schema).min(1).nullable(),
    unit: CapUnit,
    dibaoMultiplePermille: PermilleSchema.optional(),
    fixedFen: FenSchema.optional(),
    selfPaidSharePermille: PermilleSchema.optional(),
    source: SourceSchema,
  })
  .refine((c) => c.dibaoMultiplePermille ?? c.fixedFen ?? c.selfPaidSharePermille, {
    message: '上限至少需一种口径 / a cap needs at least one limit',
  });
export type AidCap = z.infer<typeof AidCapSchema>;

/** 叠加 rule: households of these categories receive at most N programmes a year. */
export const StackingRuleSchema = z.object({
  categories: z.array(HardshipCategory.schema).min(1),
  maxProgrammesPerYear: z.number().int().min(1).max(20),
  exemptProgrammes: z.array(AidProgramme.schema),
  source: SourceSchema,
});
export type StackingRule = z.infer<typeof StackingRuleSchema>;

/** A payment of `programme` (any when null) above `aboveFen` needs approval at `level` (brief §5). */
export const ApprovalLimitSchema = z.object({
  programme: AidProgramme.schema.nullable(),
  aboveFen: FenSchema,
  level: ApprovalLevel.schema,
  source: SourceSchema,
});
export type ApprovalLimit = z.infer<typeof ApprovalLimitSchema>;

export const AidPolicySchema = z.object({
  caps: z.array(AidCapSchema),
  stacking: z.array(StackingRuleSchema),
  /** Whether a programme's money counts as household income at the next decision (brief §2.4). */
  countsAsIncome: z.record(AidProgramme.schema, z.object({ counts: z.boolean(), source: SourceSchema })),
  approvalLimits: z.array(ApprovalLimitSchema),
  defaultApprovalLevel: ApprovalLevel.schema,
  defaultApprovalSource: SourceSchema,
});
export type AidPolicy = z.infer<typeof AidPolicySchema>;

const DEEP = ['DEEP', 'DIBAO'] as const; // [A] Gen-1 低保户 treated as 深度
const RELATIVE = ['RELATIVE', 'DIBAO_EDGE'] as const; // [A] Gen-1 边缘户 treated as 相对
const ACCIDENT = ['ACCIDENT', 'ACCIDENT_2016'] as const;

/**
 * Version 0. The "another province" table of §6.2 [S21] for 深度/相对 and for approvals; Hubei
 * [S20] where that table is silent (意外 living and education aid, 临时救助). Hubei's normal
 * ¥20,000 medical cap is left out: it would make [S21]'s provincial approval above ¥20,000 moot.
 */
export const DEFAULT_AID_POLICY: AidPolicy = {
  caps: [
    {
      programme: 'LIVING',
      categories: [...DEEP],
      unit: 'HOUSEHOLD',
      dibaoMultiplePermille: 10_000,
      source: '[S21][L]',
    },
    {
      programme: 'LIVING',
      categories: [...RELATIVE],
      unit: 'HOUSEHOLD',
      dibaoMultiplePermille: 8_000,
      source: '[S21][L]',
    },
    {
      programme: 'LIVING',
      categories: [...ACCIDENT],
      unit: 'HOUSEHOLD',
      dibaoMultiplePermille: 10_000,
      source: '[S20][L]',
    },
    {
      programme: 'MEDICAL',
      categories: [...DEEP],
      unit: 'HOUSEHOLD',
      selfPaidSharePermille: 1_000,
      source: '[S21][L]',
    },
    {
      programme: 'MEDICAL',
      categories: [...RELATIVE],
      unit: 'HOUSEHOLD',
      selfPaidSharePermille: 800,
      fixedFen: 1_600_000,
      source: '[S21][L]',
    },
    // [S21] says 15 % of total hardship spending; the self-paid cost stands in for it [A].
    {
      programme: 'MEDICAL',
      categories: [...ACCIDENT],
      unit: 'HOUSEHOLD',
      selfPaidSharePermille: 150,
      fixedFen: 1_000_000,
      source: '[S21][L]',
    },
    {
      programme: 'EDUCATION',
      categories: [...DEEP],
      unit: 'STUDENT',
      dibaoMultiplePermille: 10_000,
      source: '[S21][L]',
    },
    {
      programme: 'EDUCATION',
      categories: [...RELATIVE],
      unit: 'STUDENT',
      dibaoMultiplePermille: 8_000,
      source: '[S21][L]',
    },
    {
      programme: 'EDUCATION',
      categories: [...ACCIDENT],
      unit: 'STUDENT',
      dibaoMultiplePermille: 10_000,
      source: '[S20][L]',
    },
    {
      programme: 'TEMPORARY_RELIEF',
      categories: null,
      unit: 'PERSON',
      fixedFen: 300_000,
      source: '[S20][L]',
    },
  ],
  stacking: [
    {
      categories: [...RELATIVE],
      maxProgrammesPerYear: 1,
      exemptProgrammes: ['FESTIVAL', 'TEMPORARY_RELIEF'], // [A] condolence and emergencies are not "a programme"
      source: '[S21][L]',
    },
  ],
  countsAsIncome: {
    LIVING: { counts: true, source: '[S19]' },
    MEDICAL: { counts: true, source: '[S19]' },
    EDUCATION: { counts: true, source: '[S19]' },
    EMPLOYMENT: { counts: true, source: '[A]' },
    ENTREPRENEURSHIP: { counts: true, source: '[A]' },
    LEGAL: { counts: false, source: '[A]' },
    ACCIDENT_COVER: { counts: true, source: '[S19]' },
    MUTUAL_AID_PREMIUM: { counts: false, source: '[A]' },
    FESTIVAL: { counts: false, source: '[S19]' },
    TEMPORARY_RELIEF: { counts: true, source: '[A]' },
  },
  approvalLimits: [
    { programme: 'MEDICAL', aboveFen: 2_000_000, level: 'PROVINCE', source: '[S21][L]' },
    { programme: 'MEDICAL', aboveFen: 5_000_000, level: 'ACFTU', source: '[S21][L]' },
  ],
  defaultApprovalLevel: 'COUNTY',
  defaultApprovalSource: '[A]',
};
