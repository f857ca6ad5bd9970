/** Months after the start date at which a placement's retention is checked (稳岗回访). */
export const RETENTION_MONTHS = 6;

/**
 * The date a placement's retention check falls due: the same day six calendar months later, or
 * the last day of that month when it is shorter (2026-08-31 → 2027-02-28).
 */
export function retentionDueDate(startDate: string, months: number = RETENTION_MONTHS): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface RetentionState {
  retentionDue: string;
  retentionCheckedOn: string | null;
}

/** Whether a placement's retention check is owed on `asOf`: due, and not yet done. */
export function isRetentionDue(p: RetentionState, asOf: string): boolean {
  return p.retentionCheckedOn === null && p.retentionDue <= asOf;
}
