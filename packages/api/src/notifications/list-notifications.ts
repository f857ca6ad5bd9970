import { type NotificationChannel, type NotificationList, NotificationStatus } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';
import { NOTIFICATION_COLUMNS, type NotificationDto, toNotificationDto } from './notification-dto';

export interface NotificationPage {
  items: NotificationDto[];
  nextCursor: string | null;
}

/** The outbox in the actor's subtree, newest first (ids are time-ordered), a keyset page at a time. */
export async function listNotifications({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: NotificationList;
}): Promise<NotificationPage> {
  let q = ctx.db
    .selectFrom('notification')
    .select(NOTIFICATION_COLUMNS)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath));
  if (input.householdId) q = q.where('household_id', '=', input.householdId);
  if (input.status) q = q.where('status', '=', input.status);
  if (input.cursor) q = q.where('id', '<', input.cursor);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(toNotificationDto),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export interface NotificationStats {
  byStatus: Record<NotificationStatus, number>;
  byChannel: { channel: NotificationChannel; status: NotificationStatus; count: number }[];
}

/** How the outbox stands in the actor's subtree: messages by status, and by channel and status. */
export async function notificationStats(ctx: StaffContext): Promise<NotificationStats> {
  const rows = await ctx.db
    .selectFrom('notification')
    .select(['channel', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .groupBy(['channel', 'status'])
    .orderBy('channel')
    .orderBy('status')
    .execute();
  const byStatus = Object.fromEntries(NotificationStatus.values.map((s) => [s, 0])) as Record<
    NotificationStatus,
    number
  >;
  for (const r of rows) byStatus[r.status as NotificationStatus] += Number(r.n);
  return {
    byStatus,
    byChannel: rows.map((r) => ({
      channel: r.channel as NotificationChannel,
      status: r.status as NotificationStatus,
      count: Number(r.n),
    })),
  };
}
