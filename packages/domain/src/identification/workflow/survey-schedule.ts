/** The calendar day `days` after `date` (both YYYY-MM-DD). */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * When the home visit is due: the policy's SLA in calendar days after the assignment
 * (义乌: within 5 days of the application, brief §3.1 step 3).
 */
export function surveyDueOn(assignedOn: string, slaDays: number): string {
  return addCalendarDays(assignedOn, slaDays);
}
