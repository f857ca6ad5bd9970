import { newId, withTransaction } from '@bangfu/db';
import { addWorkingDays, type OpenNoticeSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { transitionHousehold } from '../identification/transition';
import { lockHouseholdForStep } from './lock-household';
import { noticeContent } from './notice-content';
import { loadNoticePolicies } from './notice-policies';
import { fieldError, guardFailed, type StaffContext } from './review-errors';

export interface OpenedNotice {
  id: string;
  startDate: string;
  endDate: string;
  version: number;
}

/**
 * 公示: opens the notice of a case whose income check came back clear. Its end is the n-th
 * working day of the calendar policy; both policy versions are stored with it.
 */
export async function openNotice({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof OpenNoticeSchema>;
}): Promise<OpenedNotice> {
  const now = ctx.now();
  const today = businessDate(now);
  if (input.startDate < today) {
    throw fieldError('startDate', '公示开始日期不能早于今天', 'The notice cannot start in the past');
  }
  return withTransaction(ctx.db, async (trx) => {
    const h = await lockHouseholdForStep(trx, {
      id: input.householdId,
      scopePath: ctx.actor.orgPath,
      expectedVersion: input.expectedVersion,
      event: 'OPEN_NOTICE',
      at: 'INCOME_CHECK',
    });
    // Only a check recorded since the case last reached INCOME_CHECK counts.
    let q = trx
      .selectFrom('income_check')
      .select(['id', 'responded_on', 'discrepancy'])
      .where('household_id', '=', h.id)
      .orderBy('recorded_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1);
    if (h.status_since) q = q.where('recorded_at', '>=', h.status_since);
    const check = await q.executeTakeFirst();
    if (!check || check.discrepancy) throw guardFailed('INCOME_CHECK_CLEAR');
    if (input.startDate < check.responded_on) {
      throw fieldError('startDate', '公示须在核对结果之后', 'The notice must follow the income check');
    }
    const { identification, calendar } = await loadNoticePolicies(trx, today);
    const workingDays = identification.body.noticeWorkingDays;
    const endDate = addWorkingDays(input.startDate, workingDays, calendar.body);
    const scopes = input.scopes ?? identification.body.noticeScopes;
    const org = await trx
      .selectFrom('org_unit')
      .select(['name', 'hotline'])
      .where('id', '=', h.org_id)
      .executeTakeFirstOrThrow();
    const content = noticeContent({
      orgName: org.name,
      hotline: org.hotline,
      scopes,
      start: input.startDate,
      end: endDate,
      headName: h.head_name,
      category: h.category,
    });
    const id = newId(now.getTime());
    await trx
      .insertInto('public_notice')
      .values({
        id,
        household_id: h.id,
        org_id: h.org_id,
        org_path: h.org_path,
        scopes,
        start_date: input.startDate,
        end_date: endDate,
        working_days: workingDays,
        calendar_version: calendar.version,
        policy_version: identification.version,
        content: JSON.stringify(content),
        created_by: ctx.actor.userId,
        created_at: now,
      })
      .execute();
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event: 'OPEN_NOTICE',
      expectedVersion: input.expectedVersion,
      payload: { noticeId: id, startDate: input.startDate, endDate, workingDays, incomeCheckId: check.id },
    });
    await appendAudit(trx, ctx, {
      action: 'notice.open',
      entityType: 'public_notice',
      entityId: id,
      after: {
        householdId: h.id,
        scopes,
        startDate: input.startDate,
        endDate,
        policyVersion: identification.version,
        calendarVersion: calendar.version,
      },
    });
    return { id, startDate: input.startDate, endDate, version: step.version };
  });
}
