import { isWorkingDay, shiftDate, type WorkingCalendar } from '../assessment/working-calendar';

/**
 * Working days a notice still runs, today included when it is a working day and the notice has
 * not ended: a notice whose last day is today has 1 left; one past its end has 0 (it waits for
 * the closing job, or for an open objection to be handled).
 */
export function noticeWorkingDaysLeft(today: string, endDate: string, cal: WorkingCalendar): number {
  let left = 0;
  for (let d = today; d <= endDate; d = shiftDate(d, 1)) if (isWorkingDay(d, cal)) left++;
  return left;
}
