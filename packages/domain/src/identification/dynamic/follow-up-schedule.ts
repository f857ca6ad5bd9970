const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** `date` plus `months` calendar months; a day past the target month's end lands on its last day. */
export function addMonthsClamped(date: string, months: number): string {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month0 = total % 12;
  const day = Math.min(Number(m[3]), daysInMonth(year, month0));
  return `${String(year).padStart(4, '0')}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The dates of the monthly follow-up calls after an exit (brief §3.1 step 11: 跟踪回访): one a month
 * for `months` months, each on the exit's day of the month or the month's last day when shorter.
 */
export function followUpSchedule(exitDate: string, months = 12): string[] {
  return Array.from({ length: months }, (_, i) => addMonthsClamped(exitDate, i + 1));
}

/** `date` plus `days` calendar days. */
export function dateAfterDays(date: string, days: number): string {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}
