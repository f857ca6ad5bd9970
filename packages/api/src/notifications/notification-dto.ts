import {
  type Label,
  NotificationChannel,
  NotificationStatus,
  type NotificationTemplate,
  renderNotification,
} from '@bangfu/domain';

/** The row fields a list shows: never the encrypted recipient, only its last four characters. */
export const NOTIFICATION_COLUMNS = [
  'id',
  'household_id',
  'channel',
  'template',
  'params',
  'status',
  'recipient_last4',
  'attempts',
  'next_attempt_at',
  'last_error',
  'sent_at',
  'seen_at',
  'created_at',
  'version',
] as const;

export interface NotificationRowFields {
  id: string;
  household_id: string | null;
  channel: string;
  template: string;
  params: unknown;
  status: string;
  recipient_last4: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  seen_at: string | null;
  created_at: string;
  version: number;
}

export interface NotificationDto {
  id: string;
  householdId: string | null;
  channel: NotificationChannel;
  channelLabel: Label;
  template: NotificationTemplate;
  text: Label;
  status: NotificationStatus;
  statusLabel: Label;
  recipientLast4: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  seenAt: string | null;
  createdAt: string;
  version: number;
}

export function toNotificationDto(r: NotificationRowFields): NotificationDto {
  const channel = r.channel as NotificationChannel;
  const status = r.status as NotificationStatus;
  const template = r.template as NotificationTemplate;
  return {
    id: r.id,
    householdId: r.household_id,
    channel,
    channelLabel: NotificationChannel.labels[channel],
    template,
    text: renderNotification(template, r.params),
    status,
    statusLabel: NotificationStatus.labels[status],
    recipientLast4: r.recipient_last4,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
    seenAt: r.seen_at,
    createdAt: r.created_at,
    version: r.version,
  };
}
