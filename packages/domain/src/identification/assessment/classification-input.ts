import { z } from 'zod';
import type { Label } from '../../common/labelled-enum';
import { FenSchema } from '../../common/money';
import { type HardshipCategory, StandardVersion } from '../../household/enums';
import { type ExclusionRule, IncomeKind, RigidSpendingKind } from './assessment-enums';

/**
 * What the calculator needs for one household and one year (brief §2.1–2.4). Amounts are annual
 * fen over the 12 months assessed; the household is the co-resident family.
 */
export const ClassificationInputSchema = z.object({
  standardVersion: StandardVersion.schema,
  /** County (or prefecture/province) whose 低保 line applies. */
  divisionCode: z.string().regex(/^\d{6}$/),
  year: z.number().int().min(2000).max(2100),
  householdSize: z.number().int().min(1).max(30),
  incomes: z.array(z.object({ kind: IncomeKind.schema, annualFen: FenSchema })).default([]),
  /**
   * Able-bodied, working-age, non-student members without a job: counted at the local minimum
   * wage for `months` [L]. Leave a member out when there is evidence of actual income (enter that).
   */
  imputed: z
    .array(z.object({ memberName: z.string().max(50).optional(), months: z.number().int().min(0).max(12) }))
    .default([]),
  /** Aid received this year. Union aid counts as income; small 慰问金 may not (§2.4, [S19][S21]). */
  aidReceived: z
    .array(
      z.object({ programme: z.string().min(1).max(100), annualFen: FenSchema, countsAsIncome: z.boolean() }),
    )
    .default([]),
  rigidSpending: z.array(z.object({ kind: RigidSpendingKind.schema, annualFen: FenSchema })).default([]),
  /** Gen-1 facts (§2.1). */
  gen1: z
    .object({
      monthsBelowLine: z.number().int().min(0).max(120).default(0),
      receivesGovernmentDibao: z.boolean().default(false),
      investmentAssetsFen: FenSchema.default(0),
      savingsFen: FenSchema.default(0),
    })
    .default({ monthsBelowLine: 0, receivesGovernmentDibao: false, investmentAssetsFen: 0, savingsFen: 0 }),
  /** Accident facts. The accident cost is what remains after insurance and other payers. */
  accident: z
    .object({ suddenEvent: z.boolean().default(false), accidentCostFen: FenSchema.default(0) })
    .default({ suddenEvent: false, accidentCostFen: 0 }),
  /** Facts behind the exclusion rules (§2.3). */
  exclusionFacts: z
    .object({
      homesOwned: z.number().int().min(0).max(100).default(0),
      ownsShopOrEmploys: z.boolean().default(false),
      highFeePrivateSchool: z.boolean().default(false),
      usesMotorVehicle: z.boolean().default(false),
      ableBodiedRefusesWork: z.boolean().default(false),
    })
    .default({
      homesOwned: 0,
      ownsShopOrEmploys: false,
      highFeePrivateSchool: false,
      usesMotorVehicle: false,
      ableBodiedRefusesWork: false,
    }),
});
/** The parsed input, every default filled in. */
export type ClassificationInput = z.output<typeof ClassificationInputSchema>;
/** What a form or client sends (defaults may be left out). */
export type ClassificationInputDraft = z.input<typeof ClassificationInputSchema>;

/** One line of the worker-readable computation: a figure, or a comparison and its outcome. */
export interface ExplanationLine {
  code: string;
  label: Label;
  valueFen?: number;
  thresholdFen?: number;
  /** A plain count (household size, months) where the line is not money. */
  count?: number;
  passed?: boolean;
  note?: Label;
}

export interface Classification {
  eligible: boolean;
  /** null when no category's test passed or an exclusion rule hit. */
  category: HardshipCategory | null;
  /** The category the figures alone would give, before exclusions. */
  categoryBeforeExclusions: HardshipCategory | null;
  /** Monthly per-capita net income, floored to fen for display only (comparisons are exact). */
  pcniFen: number;
  exclusionsHit: ExclusionRule[];
  /** L: the monthly 低保 line used. */
  lineFen: number;
  /** The division whose line applied. */
  lineFrom: string;
  explanation: ExplanationLine[];
}
