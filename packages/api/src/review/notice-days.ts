import { noticeWorkingDaysLeft } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { Executor } from '../oversight/oversight-context';
import { loadNoticePolicies } from './notice-policies';
import type { StaffContext } from './review-errors';

/** Working days left of a notice, by the calendar in force today; 0 once it is no longer open. */
export async function noticeDaysCounter(
  db: Executor,
  ctx: Pick<StaffContext, 'now'>,
): Promise<(n: { status: string; end_date: string }) => number> {
  const today = businessDate(ctx.now());
  const { calendar } = await loadNoticePolicies(db, today);
  return (n) => (n.status === 'OPEN' ? noticeWorkingDaysLeft(today, n.end_date, calendar.body) : 0);
}
