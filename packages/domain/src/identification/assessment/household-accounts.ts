import { DomainError } from '../../common/domain-error';
import type { ClassificationInput } from './classification-input';
import { dibaoLineFor, type IdentificationPolicy, minimumWageFor } from './identification-policy';

/** The household's year in figures (brief §2.4), before any test is applied. */
export interface HouseholdAccounts {
  lineFen: number;
  lineFrom: string;
  declaredIncomeFen: number;
  imputedMonths: number;
  imputedIncomeFen: number;
  aidCountedFen: number;
  aidNotCountedFen: number;
  /** Declared + imputed + counted aid. */
  totalIncomeFen: number;
  /** Medical, schooling, disability care, long-term care: deducted for every category. */
  hardshipSpendingFen: number;
  /** 必要就业成本: deducted only for 相对困难 [S2][S3]. */
  employmentCostFen: number;
  /** Accident facts' cost plus ACCIDENT_LOSS lines. */
  accidentCostFen: number;
}

const HARDSHIP_KINDS = new Set(['MEDICAL', 'SCHOOLING', 'DISABILITY_CARE', 'LONG_TERM_CARE']);

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Adds up the year; refuses when the policy has no line (or no wage to impute) for the place. */
export function computeHouseholdAccounts(
  input: ClassificationInput,
  policy: IdentificationPolicy,
): HouseholdAccounts {
  const line = dibaoLineFor(policy, input.divisionCode, input.year);
  if (!line) {
    throw new DomainError(
      'RULE_VIOLATION',
      { zh: '未配置该地区该年度的低保标准', en: 'No 低保 line is configured for this division and year' },
      { divisionCode: input.divisionCode, year: input.year },
    );
  }
  const imputedMonths = sum(input.imputed.map((m) => m.months));
  let imputedIncomeFen = 0;
  if (imputedMonths > 0) {
    const wage = minimumWageFor(policy, input.divisionCode, input.year);
    if (!wage) {
      throw new DomainError(
        'RULE_VIOLATION',
        {
          zh: '未配置该地区该年度的最低工资标准',
          en: 'No minimum wage is configured for this division and year',
        },
        { divisionCode: input.divisionCode, year: input.year },
      );
    }
    imputedIncomeFen = imputedMonths * wage.monthlyFen;
  }
  const declaredIncomeFen = sum(input.incomes.map((i) => i.annualFen));
  const aidCountedFen = sum(input.aidReceived.filter((a) => a.countsAsIncome).map((a) => a.annualFen));
  const aidNotCountedFen = sum(input.aidReceived.filter((a) => !a.countsAsIncome).map((a) => a.annualFen));
  const spending = (pick: (kind: string) => boolean) =>
    sum(input.rigidSpending.filter((s) => pick(s.kind)).map((s) => s.annualFen));
  return {
    lineFen: line.monthlyFen,
    lineFrom: line.from,
    declaredIncomeFen,
    imputedMonths,
    imputedIncomeFen,
    aidCountedFen,
    aidNotCountedFen,
    totalIncomeFen: declaredIncomeFen + imputedIncomeFen + aidCountedFen,
    hardshipSpendingFen: spending((k) => HARDSHIP_KINDS.has(k)),
    employmentCostFen: spending((k) => k === 'EMPLOYMENT_COST'),
    accidentCostFen: input.accident.accidentCostFen + spending((k) => k === 'ACCIDENT_LOSS'),
  };
}
