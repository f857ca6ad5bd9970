import type { MutualAidPlan } from '../scheme/scheme-schema';
import { coverPeriod } from '../scheme/term-dates';

// ISO dates order as strings.
const laterOf = (a: string, b: string): string => (a > b ? a : b);
const earlierOf = (a: string, b: string): string => (a < b ? a : b);

/**
 * The cover of one enrolment: the term runs from the plan's fixed common start date (brief §7.1)
 * or from 1 January of the term year, for `termMonths`; a member who joins late is covered from
 * the day of enrolment. Waiting periods are the adjudicator's business, not this.
 */
export function enrolmentCover(
  plan: MutualAidPlan,
  termYear: number,
  enrolledOn: string,
): { coverFrom: string; coverTo: string } {
  const term = coverPeriod(plan.fixedStartDate ?? `${termYear}-01-01`, plan.termMonths);
  // A late joiner is covered from enrolment, but the start never passes the term's end.
  return { coverFrom: earlierOf(laterOf(enrolledOn, term.from), term.to), coverTo: term.to };
}
