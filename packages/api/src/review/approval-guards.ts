import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { countOpenObjections } from './notice-rows';
import { guardFailed } from './review-errors';

/**
 * Brief §3.2 "Approval needs": an ended 公示 with its dates, every objection handled, and a
 * clear civil-affairs check. Returns the notice the approval rests on.
 */
export async function assertApprovalRecords(
  trx: Transaction<Database>,
  householdId: string,
): Promise<{ noticeId: string; startDate: string; endDate: string }> {
  const notice = await trx
    .selectFrom('public_notice')
    .select(['id', 'status', 'start_date', 'end_date'])
    .where('household_id', '=', householdId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (notice?.status !== 'ENDED') {
    throw guardFailed('NOTICE_ENDED', { noticeStatus: notice?.status ?? null });
  }
  const open = await countOpenObjections(trx, notice.id);
  if (open > 0) throw guardFailed('OBJECTIONS_HANDLED', { openObjections: open });
  const check = await trx
    .selectFrom('income_check')
    .select(['discrepancy'])
    .where('household_id', '=', householdId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!check || check.discrepancy) throw guardFailed('INCOME_CHECK_CLEAR');
  return { noticeId: notice.id, startDate: notice.start_date, endDate: notice.end_date };
}
