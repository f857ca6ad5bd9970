import { newId, withTransaction } from '@bangfu/db';
import { DomainError, type HandleObjectionSchema, type RecordObjectionSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { transitionHousehold } from '../identification/transition';
import { lockNoticeInScope, lockObjectionInScope } from './notice-rows';
import { fieldError, type StaffContext } from './review-errors';

const noticeNotOpen = (): DomainError =>
  new DomainError('CONFLICT', { zh: '该公示已结束或已撤回', en: 'The notice is no longer open' });

/** 异议登记: logs an objection against an open notice; the notice then stays open until it is handled. */
export async function recordObjection({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof RecordObjectionSchema>;
}): Promise<{ id: string }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const notice = await lockNoticeInScope(trx, { id: input.noticeId, scopePath: ctx.actor.orgPath });
    if (notice.status !== 'OPEN') throw noticeNotOpen();
    if (input.receivedOn < notice.start_date || input.receivedOn > businessDate(now)) {
      throw fieldError(
        'receivedOn',
        '收到日期须在公示开始之后且不晚于今天',
        'Received between the start and today',
      );
    }
    const id = newId(now.getTime());
    await trx
      .insertInto('notice_objection')
      .values({
        id,
        notice_id: notice.id,
        received_on: input.receivedOn,
        channel: input.channel,
        summary: input.summary,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      })
      .execute();
    await trx
      .updateTable('public_notice')
      .set({ version: notice.version + 1 })
      .where('id', '=', notice.id)
      .execute();
    await appendAudit(trx, ctx, {
      action: 'notice.objection',
      entityType: 'public_notice',
      entityId: notice.id,
      after: { objectionId: id, channel: input.channel, receivedOn: input.receivedOn },
    });
    return { id };
  });
}

/**
 * 异议处理: an upheld objection withdraws the notice and sends the case back to survey
 * (brief §3.1 step 5); a dismissed one lets the notice run to its end.
 */
export async function handleObjection({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof HandleObjectionSchema>;
}): Promise<{ id: string; status: 'UPHELD' | 'DISMISSED'; noticeStatus: string }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const objection = await lockObjectionInScope(trx, {
      id: input.objectionId,
      scopePath: ctx.actor.orgPath,
    });
    const notice = await lockNoticeInScope(trx, { id: objection.notice_id, scopePath: ctx.actor.orgPath });
    if (objection.status !== 'OPEN') {
      throw new DomainError('CONFLICT', { zh: '该异议已处理', en: 'This objection was already handled' });
    }
    const status = input.upheld ? 'UPHELD' : 'DISMISSED';
    await trx
      .updateTable('notice_objection')
      .set({
        status,
        handling: input.handling,
        handled_by: ctx.actor.userId,
        handled_at: now,
        version: objection.version + 1,
      })
      .where('id', '=', objection.id)
      .execute();
    let noticeStatus = notice.status;
    if (input.upheld && notice.status === 'OPEN') {
      noticeStatus = 'WITHDRAWN';
      await trx
        .updateTable('public_notice')
        .set({ status: noticeStatus, ended_at: now, version: notice.version + 1 })
        .where('id', '=', notice.id)
        .execute();
      await transitionHousehold(trx, ctx, {
        householdId: notice.household_id,
        event: 'OBJECTION_UPHELD',
        payload: { noticeId: notice.id, objectionId: objection.id },
      });
    }
    await appendAudit(trx, ctx, {
      action: 'notice.objection.handle',
      entityType: 'public_notice',
      entityId: notice.id,
      before: { objectionStatus: 'OPEN', noticeStatus: notice.status },
      after: { objectionId: objection.id, objectionStatus: status, noticeStatus },
    });
    return { id: objection.id, status, noticeStatus };
  });
}
