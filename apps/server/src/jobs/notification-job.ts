import {
  type AppServices,
  createLogSender,
  dispatchDueNotifications,
  type NotificationSender,
  type SenderRegistry,
  senderRegistry,
} from '@bangfu/api';
import type { Env } from '../env';
import type { Logger } from '../logger';
import type { Job } from './scheduler';

/**
 * Which gateway delivers SMS and WeChat messages (BANGFU_NOTIFY_SENDER). Only the log sender
 * exists today: it writes one line per message instead of sending. To plug in a real SMS
 * gateway, implement NotificationSender (packages/api/src/notifications/sender.ts) over the
 * provider's API, passing the message id as its idempotency key, add a value to the env schema
 * (e.g. 'aliyun-sms') with the provider's settings, and register it for the SMS channel here.
 * 'none' leaves SMS/WeChat messages waiting in the outbox.
 */
export function notificationSenders(sender: Env['BANGFU_NOTIFY_SENDER'], logger: Logger): SenderRegistry {
  const senders: NotificationSender[] =
    sender === 'log' ? [createLogSender('SMS', logger.info), createLogSender('WECHAT', logger.info)] : [];
  return senderRegistry(senders);
}

/** Sends due outbox messages (送岗到户 reminders) every 30 seconds; safe in several processes at once. */
export function notificationJob(services: AppServices, senders: SenderRegistry): Job {
  return {
    name: 'dispatch-notifications',
    everyMs: 30_000,
    run: async () => ({ ...(await dispatchDueNotifications(services, senders)) }),
  };
}
