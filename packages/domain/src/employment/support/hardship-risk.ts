import { MATCHABLE_STATUSES } from '../matching/matching-schema';

/** Household statuses that count as filed (建档): the file is open and aid may flow. */
const FILED = new Set<string>(MATCHABLE_STATUSES);
/** Statuses of an application still on its way to a file. */
const APPLYING = new Set<string>([
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'SURVEYING',
  'ASSESSED',
  'DEMOCRATIC_REVIEW',
  'INCOME_CHECK',
  'PUBLIC_NOTICE',
  'HIGHER_REVIEW',
]);

export type HardshipRiskLevel = 'HIGH' | 'MEDIUM' | 'LOW';

export interface HardshipRisk {
  readonly workersAffected: number;
  /** Households linked to the enterprise. */
  readonly linked: number;
  readonly filed: number;
  readonly applying: number;
  /** Affected workers with no filed household yet: who may turn into applications. */
  readonly notYetFiled: number;
  readonly level: HardshipRiskLevel;
}

/**
 * The hardship risk of a struggling enterprise: its affected workers, the households linked to
 * it by status, and how many affected workers are not yet filed. HIGH at 100 or more unfiled or
 * half the affected; LOW when none is left (the thresholds are display bands, not a decision).
 */
export function hardshipRisk(workersAffected: number, linkedStatuses: readonly string[]): HardshipRisk {
  const filed = linkedStatuses.filter((s) => FILED.has(s)).length;
  const applying = linkedStatuses.filter((s) => APPLYING.has(s)).length;
  const notYetFiled = Math.max(0, workersAffected - filed);
  const level: HardshipRiskLevel =
    notYetFiled === 0 ? 'LOW' : notYetFiled >= 100 || notYetFiled * 2 >= workersAffected ? 'HIGH' : 'MEDIUM';
  return { workersAffected, linked: linkedStatuses.length, filed, applying, notYetFiled, level };
}
