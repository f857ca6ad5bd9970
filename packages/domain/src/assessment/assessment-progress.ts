import type { AssessmentProgressStatus } from './assessment-enums';

/** Days in a calendar year. */
function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/**
 * The share of `year` already gone on `asOf` (YYYY-MM-DD), in permille, floored: 0 before the
 * year starts, 1000 once it is over. asOf's own day counts as gone.
 */
export function yearElapsedPermille(year: number, asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  if (y < year) return 0;
  if (y > year) return 1000;
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return Math.floor((dayOfYear * 1000) / daysInYear(year));
}

/** actual ÷ target in permille, floored and not capped; a zero target counts as met. */
export function completionPermille(target: number, actual: number): number {
  if (target <= 0) return 1000;
  return Math.floor((actual * 1000) / target);
}

/** Verified on-file households over on-file households, in permille (0 when none are on file). */
export function coveragePermille(verified: number, onFile: number): number {
  if (onFile <= 0) return 0;
  return Math.floor((Math.min(verified, onFile) * 1000) / onFile);
}

/**
 * 达标 when the actual reaches the target; 进行中 while completion keeps pace with the share of
 * the year gone; 落后 otherwise.
 */
export function progressStatus(
  target: number | null,
  actual: number,
  elapsedPermille: number,
): AssessmentProgressStatus {
  if (target === null) return 'NO_TARGET';
  if (actual >= target) return 'MET';
  return completionPermille(target, actual) >= elapsedPermille ? 'ON_TRACK' : 'BEHIND';
}

/** 85.3% from 853‰, by integer arithmetic only. */
export function formatPermilleAsPercent(permille: number): string {
  const sign = permille < 0 ? '-' : '';
  const abs = Math.abs(permille);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}
