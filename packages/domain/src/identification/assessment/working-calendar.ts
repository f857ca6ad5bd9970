import { z } from 'zod';
import { IsoDateSchema } from '../../common/dates';

/** Public holidays and 调休 make-up working days; everything else follows Monday–Friday. */
/** The policy_version kind under which admins publish the calendar. */
export const CALENDAR_POLICY_KIND = 'CALENDAR';

export const WorkingCalendarSchema = z.object({
  holidays: z.array(IsoDateSchema),
  makeUpWorkdays: z.array(IsoDateSchema),
});
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = shiftDate(d, 1)) out.push(d);
  return out;
}

/**
 * Data an admin edits each year when the State Council publishes the next schedule.
 * 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12,
 *   www.gov.cn/zhengce/content/202411/content_6986382.htm).
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04,
 *   www.gov.cn/zhengce/content/202511/content_7047090.htm). Both checked against reposts of the text.
 */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  holidays: [
    // 2025
    '2025-01-01', // 元旦
    ...days('2025-01-28', '2025-02-04'), // 春节
    ...days('2025-04-04', '2025-04-06'), // 清明节
    ...days('2025-05-01', '2025-05-05'), // 劳动节
    ...days('2025-05-31', '2025-06-02'), // 端午节
    ...days('2025-10-01', '2025-10-08'), // 国庆节、中秋节
    // 2026
    ...days('2026-01-01', '2026-01-03'), // 元旦
    ...days('2026-02-15', '2026-02-23'), // 春节
    ...days('2026-04-04', '2026-04-06'), // 清明节
    ...days('2026-05-01', '2026-05-05'), // 劳动节
    ...days('2026-06-19', '2026-06-21'), // 端午节
    ...days('2026-09-25', '2026-09-27'), // 中秋节
    ...days('2026-10-01', '2026-10-07'), // 国庆节
  ],
  makeUpWorkdays: [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The calendar date `n` days after `date` (negative goes back). */
export function shiftDate(date: string, n: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Monday–Friday unless a holiday; a make-up workday is worked even on a weekend. */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.makeUpWorkdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  const weekday = toUtc(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date of the n-th working day, counting the first working day on or after `start` as day 1.
 * A 5-working-day notice opened on `start` ends on addWorkingDays(start, 5).
 */
export function addWorkingDays(start: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a whole number ≥ 1');
  let date = start;
  let counted = 0;
  for (;;) {
    if (isWorkingDay(date, cal)) counted++;
    if (counted === n) return date;
    date = shiftDate(date, 1);
  }
}

/** Working days from a to b, both included (0 when b is before a). Inverse of addWorkingDays. */
export function workingDaysBetween(a: string, b: string, cal: WorkingCalendar): number {
  let count = 0;
  for (let d = a; d <= b; d = shiftDate(d, 1)) if (isWorkingDay(d, cal)) count++;
  return count;
}
