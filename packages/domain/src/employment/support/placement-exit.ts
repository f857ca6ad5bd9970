import type { Label } from '../../common/labelled-enum';
import { formatFenAsYuan } from '../../common/money';

export interface PlacementForExit {
  readonly startDate: string;
  /** The day the 6-month retention check falls due (retentionDueDate). */
  readonly retentionDue: string;
}

export interface RetentionForExit {
  readonly checkedOn: string | null;
  readonly retained: boolean | null;
}

export interface PlacementExitInput {
  readonly placement: PlacementForExit;
  readonly retention: RetentionForExit;
  readonly monthlySalaryFen: number;
  readonly householdSize: number;
  /** The household's other monthly income, in fen, besides this wage. */
  readonly otherIncomeFen: number;
  /** L: the 低保 line per person per month for the county and year. */
  readonly line: number;
  /** 脱困 needs PCNI above this × L (the category's exit threshold, policy data). */
  readonly thresholdPermille: number;
}

export type PlacementExitCode = 'NOT_CHECKED' | 'CHECKED_EARLY' | 'NOT_RETAINED' | 'BELOW_LINE' | 'SUPPORTS';

export interface PlacementExitResult {
  readonly supports: boolean;
  readonly code: PlacementExitCode;
  /** Household per-capita monthly income with this wage, in whole fen (rounded down). */
  readonly pcniFen: number;
  /** The exit line: L × threshold, in fen (rounded up for display; the test is exact). */
  readonly exitLineFen: number;
  readonly explanation: Label;
}

/**
 * Whether a placement supports 脱困 (brief §3.2 exit guard, §6.3): the worker was still employed
 * at the 6-month retention check, and the wage lifts the household's per-capita income above the
 * exit threshold × L. The comparison is the exit guard's, in integers: pcni × 1000 > L × permille.
 */
export function placementSupportsExit(input: PlacementExitInput): PlacementExitResult {
  const { placement, retention, householdSize } = input;
  if (!Number.isSafeInteger(householdSize) || householdSize < 1) {
    throw new RangeError(`household size must be a whole number ≥ 1, got ${householdSize}`);
  }
  const pcniFen = Math.floor((input.monthlySalaryFen + input.otherIncomeFen) / householdSize);
  const exitLineFen = Math.ceil((input.line * input.thresholdPermille) / 1000);
  const pcni = formatFenAsYuan(pcniFen);
  const exitLine = formatFenAsYuan(exitLineFen);
  const result = (code: PlacementExitCode, explanation: Label): PlacementExitResult => ({
    supports: code === 'SUPPORTS',
    code,
    pcniFen,
    exitLineFen,
    explanation,
  });
  if (retention.checkedOn === null || retention.retained === null) {
    return result('NOT_CHECKED', {
      zh: `尚未完成入职6个月的稳岗回访(应于${placement.retentionDue}回访)`,
      en: `The 6-month retention check (due ${placement.retentionDue}) has not been recorded`,
    });
  }
  if (retention.checkedOn < placement.retentionDue) {
    return result('CHECKED_EARLY', {
      zh: `回访日期${retention.checkedOn}早于入职满6个月(${placement.retentionDue}),不能证明稳定就业`,
      en: `Checked on ${retention.checkedOn}, before six months were up (${placement.retentionDue})`,
    });
  }
  if (!retention.retained) {
    return result('NOT_RETAINED', {
      zh: '稳岗回访时已不在岗',
      en: 'No longer employed at the retention check',
    });
  }
  if (pcniFen * 1000 <= input.line * input.thresholdPermille) {
    return result('BELOW_LINE', {
      zh: `在岗满6个月,但家庭人均月收入¥${pcni}未超过脱困标准¥${exitLine}`,
      en: `Retained for six months, but per-capita income ¥${pcni} is not above the exit line ¥${exitLine}`,
    });
  }
  return result('SUPPORTS', {
    zh: `在岗满6个月,家庭人均月收入¥${pcni}超过脱困标准¥${exitLine},支持脱困`,
    en: `Retained for six months; per-capita income ¥${pcni} is above the exit line ¥${exitLine}`,
  });
}
