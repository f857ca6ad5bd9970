import type { Label, NotificationChannel, NotificationTemplate } from '@bangfu/domain';

/** One message handed to a channel's gateway. */
export interface OutgoingMessage {
  /**
   * The notification id, and the idempotency key of this delivery: a message whose dispatcher
   * died mid-send is retried with the same id after its lease, so a real gateway must dedupe on
   * it (SMS: the provider's client-side message id / `outId`; WeChat: the template message's
   * client msg id) to guarantee the worker receives it once.
   */
  readonly id: string;
  readonly channel: NotificationChannel;
  /** Phone number (SMS) or openid (WeChat), decrypted just for this call. */
  readonly recipient: string;
  readonly template: NotificationTemplate;
  /** The template's params, for gateways that fill a template registered with the provider. */
  readonly params: unknown;
  /** The rendered text; SMS sends the Chinese text. */
  readonly text: Label;
}

/**
 * A channel's gateway. To plug in an SMS provider: implement `send` with its HTTP API (pass
 * `msg.id` as the provider's idempotency key, return its message id, throw on failure — a
 * `PermanentDeliveryError` for failures a retry cannot fix, e.g. an invalid number), then register
 * it for the SMS channel where the server builds its senders (apps/server/src/jobs/notification-job.ts).
 */
export interface NotificationSender {
  readonly channel: NotificationChannel;
  send(msg: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

/** A failure no retry can fix: the message goes straight to DEAD. */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}

/** The senders a dispatcher uses, by channel; a channel without one is left waiting in the outbox. */
export type SenderRegistry = Partial<Record<NotificationChannel, NotificationSender>>;

export function senderRegistry(senders: readonly NotificationSender[]): SenderRegistry {
  const out: SenderRegistry = {};
  for (const s of senders) out[s.channel] = s;
  return out;
}
