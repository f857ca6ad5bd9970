import { withTransaction } from '@bangfu/db';
import { DomainError, type NotificationRetry } from '@bangfu/domain';
import { sql } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { notFound, subtreePattern } from '../common/scope';
import { type StaffContext, versionConflict } from '../employment/employment-errors';
import { NOTIFICATION_COLUMNS, type NotificationDto, toNotificationDto } from './notification-dto';

/** Puts a given-up (DEAD) message back in the queue with a fresh count of tries. */
export async function retryNotification({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: NotificationRetry;
}): Promise<NotificationDto> {
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('notification')
      .select(['id', 'status', 'version', 'attempts', 'last_error'])
      .where('id', '=', input.id)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound({ zh: '通知不存在', en: 'Notification not found' });
    if (row.version !== input.version) throw versionConflict({ zh: '通知', en: 'notification' });
    if (row.status !== 'DEAD') {
      throw new DomainError('RULE_VIOLATION', {
        zh: '只有已停止发送的通知可以重新发送',
        en: 'Only a notification that was given up can be retried',
      });
    }
    const now = ctx.now();
    const updated = await trx
      .updateTable('notification')
      .set({ status: 'PENDING', attempts: 0, next_attempt_at: now, version: sql<number>`version + 1` })
      .where('id', '=', row.id)
      .returning(NOTIFICATION_COLUMNS)
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'notifications.retry',
      entityType: 'notification',
      entityId: row.id,
      before: { status: row.status, attempts: row.attempts, lastError: row.last_error },
      after: { status: 'PENDING', attempts: 0 },
    });
    return toNotificationDto(updated);
  });
}
