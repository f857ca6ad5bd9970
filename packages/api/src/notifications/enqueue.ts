import { type Database, newId } from '@bangfu/db';
import { type NotificationChannel, type NotificationTemplate, TemplateParamsSchemas } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import type { AppServices } from '../context';

export interface EnqueueInput {
  /** The same key is stored once: a second enqueue of it does nothing. */
  dedupeKey: string;
  householdId: string | null;
  orgPath: string;
  channel: NotificationChannel;
  /** Phone or openid; null for the portal inbox, which is the household itself. */
  recipient: string | null;
  template: NotificationTemplate;
  params: unknown;
  createdBy: string | null;
}

/**
 * Puts a message in the outbox inside the caller's transaction; returns its id, or null when a
 * message with the same dedupe key already exists. A portal message is delivered by being stored
 * (the inbox is this table), so it is SENT at once; other channels wait for the dispatcher.
 */
export async function enqueueNotification(
  trx: Transaction<Database>,
  services: Pick<AppServices, 'crypto' | 'now'>,
  input: EnqueueInput,
): Promise<string | null> {
  const params = TemplateParamsSchemas[input.template].parse(input.params);
  const now = services.now();
  const inline = input.channel === 'PORTAL';
  if (!inline && !input.recipient) throw new Error(`a ${input.channel} message needs a recipient`);
  const row = await trx
    .insertInto('notification')
    .values({
      id: newId(now.getTime()),
      dedupe_key: input.dedupeKey,
      household_id: input.householdId,
      org_path: input.orgPath,
      channel: input.channel,
      recipient_enc: input.recipient ? services.crypto.encrypt(input.recipient) : null,
      recipient_last4: input.recipient ? input.recipient.slice(-4) : null,
      template: input.template,
      params: JSON.stringify(params),
      status: inline ? 'SENT' : 'PENDING',
      next_attempt_at: inline ? null : now,
      lease_until: null,
      claim_token: null,
      last_error: null,
      sent_at: inline ? now : null,
      provider_message_id: inline ? 'portal' : null,
      created_at: now,
      created_by: input.createdBy,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
