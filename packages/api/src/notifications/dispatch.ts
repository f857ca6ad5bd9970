import { withTransaction } from '@bangfu/db';
import {
  carriesPersonalData,
  DEFAULT_OUTBOX_POLICY,
  type NotificationChannel,
  type NotificationTemplate,
  OUTBOX_POLICY_KIND,
  type OutboxPolicy,
  OutboxPolicySchema,
  renderNotification,
  scrubDeliveryError,
} from '@bangfu/domain';
import type { AppServices } from '../context';
import { loadPolicy } from '../policies/load-policy';
import { type ClaimedNotification, claimDueNotifications, markFailed, markSent } from './outbox-claims';
import { PermanentDeliveryError, type SenderRegistry } from './sender';

export interface DispatchReport {
  claimed: number;
  sent: number;
  failed: number;
  dead: number;
  /** Answers that came after the claim was lost (lease ran out): recorded nowhere. */
  lost: number;
}

type Services = Pick<AppServices, 'db' | 'crypto' | 'now'>;

/**
 * One dispatch run: claim due messages in a short transaction, send each outside any transaction,
 * then record each outcome on its own. Delivery outcomes live on the message row (status,
 * attempts, provider id, error), not in the audit chain: a busy outbox must not serialise on it.
 */
export async function dispatchDueNotifications(
  services: Services,
  senders: SenderRegistry,
): Promise<DispatchReport> {
  const channels = Object.keys(senders) as NotificationChannel[];
  const { claimed, policy } = await withTransaction(services.db, async (trx) => {
    const loaded = await loadPolicy(trx, OUTBOX_POLICY_KIND, OutboxPolicySchema, DEFAULT_OUTBOX_POLICY);
    const rows = await claimDueNotifications(trx, { now: services.now(), channels, policy: loaded.body });
    return { claimed: rows, policy: loaded.body };
  });
  const report: DispatchReport = { claimed: claimed.length, sent: 0, failed: 0, dead: 0, lost: 0 };
  for (const row of claimed) {
    const outcome = await deliver(services, senders, row, policy);
    if (outcome === 'SENT') report.sent++;
    else if (outcome === 'FAILED') report.failed++;
    else if (outcome === 'DEAD') report.dead++;
    else report.lost++;
  }
  return report;
}

async function deliver(
  services: Services,
  senders: SenderRegistry,
  row: ClaimedNotification,
  policy: OutboxPolicy,
): Promise<'SENT' | 'FAILED' | 'DEAD' | 'LOST'> {
  const channel = row.channel as NotificationChannel;
  let providerMessageId: string;
  try {
    const sender = senders[channel];
    if (!sender) throw new Error(`no sender for ${channel}`);
    if (!row.recipient_enc) throw new PermanentDeliveryError('no recipient');
    const template = row.template as NotificationTemplate;
    const text = renderNotification(template, row.params);
    // The last guard before a text leaves the system: a phone or ID number in it is never sent.
    if (carriesPersonalData(text.zh) || carriesPersonalData(text.en)) {
      throw new PermanentDeliveryError('the rendered text carries personal data');
    }
    const recipient = services.crypto.decrypt(row.recipient_enc);
    ({ providerMessageId } = await sender.send({
      id: row.id,
      channel,
      recipient,
      template,
      params: row.params,
      text,
    }));
  } catch (error) {
    return markFailed(services.db, row, {
      error: scrubDeliveryError(error instanceof Error ? error.message : String(error)),
      permanent: error instanceof PermanentDeliveryError,
      now: services.now(),
      policy,
    });
  }
  // Outside the try: a send that succeeded is never recorded as failed. If this write fails, the
  // message stays SENDING until its lease ends and is retried with the same id (idempotency key).
  return (await markSent(services.db, row, { providerMessageId, now: services.now() })) ? 'SENT' : 'LOST';
}
