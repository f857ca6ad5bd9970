import { type Database, newId } from '@bangfu/db';
import { decideAfterFailure, type NotificationChannel, type OutboxPolicy } from '@bangfu/domain';
import { type Kysely, sql, type Transaction } from 'kysely';

const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);
const bumpVersion = sql<number>`version + 1`;

export interface ClaimedNotification {
  id: string;
  channel: string;
  recipient_enc: Buffer | Uint8Array | null;
  template: string;
  params: unknown;
  attempts: number;
  claim_token: string;
}

/**
 * Claims due messages for one dispatcher: waiting ones whose time has come, and SENDING ones whose
 * dispatcher's lease ran out (it died mid-send). Rows another dispatcher holds are skipped (SKIP
 * LOCKED), and the claim (SENDING, a fresh token, a lease, one more attempt) commits before any
 * send, so two dispatchers never hold the same message.
 */
export async function claimDueNotifications(
  trx: Transaction<Database>,
  input: { now: Date; channels: readonly NotificationChannel[]; policy: OutboxPolicy },
): Promise<ClaimedNotification[]> {
  const { policy } = input;
  const now = input.now.toISOString();
  if (input.channels.length === 0) return [];
  // A lost claim on the last allowed try is given up, not tried once more.
  await trx
    .updateTable('notification')
    .set({ status: 'DEAD', lease_until: null, claim_token: null, version: bumpVersion })
    .set({ last_error: 'lease expired on the last allowed try' })
    .where('status', '=', 'SENDING')
    .where('lease_until', '<=', now)
    .where('attempts', '>=', policy.maxAttempts)
    .execute();
  const due = await trx
    .selectFrom('notification')
    .select('id')
    .where('channel', 'in', [...input.channels])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['PENDING', 'FAILED']), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'SENDING'), eb('lease_until', '<=', now)]),
      ]),
    )
    .orderBy('id')
    .limit(policy.batchSize)
    .forUpdate()
    .skipLocked()
    .execute();
  if (due.length === 0) return [];
  const claimed = await trx
    .updateTable('notification')
    .set({
      status: 'SENDING',
      attempts: sql<number>`attempts + 1`,
      lease_until: addMinutes(input.now, policy.leaseMinutes),
      claim_token: newId(input.now.getTime()),
      version: bumpVersion,
    })
    .where(
      'id',
      'in',
      due.map((r) => r.id),
    )
    .returning(['id', 'channel', 'recipient_enc', 'template', 'params', 'attempts', 'claim_token'])
    .execute();
  return claimed.map((r) => ({ ...r, claim_token: r.claim_token ?? '' }));
}

type Claim = Pick<ClaimedNotification, 'id' | 'claim_token'>;

/** Records a delivery; false when the claim was lost meanwhile (lease ran out, another took it). */
export async function markSent(
  db: Kysely<Database>,
  claim: Claim,
  result: { providerMessageId: string; now: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('notification')
    .set({
      status: 'SENT',
      sent_at: result.now,
      provider_message_id: result.providerMessageId,
      lease_until: null,
      claim_token: null,
      last_error: null,
      version: bumpVersion,
    })
    // The claim token fences a dispatcher that lost its lease: its late answer changes nothing.
    .where('id', '=', claim.id)
    .where('status', '=', 'SENDING')
    .where('claim_token', '=', claim.claim_token)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a failed try: back off (FAILED) or give up (DEAD, also when `permanent`). */
export async function markFailed(
  db: Kysely<Database>,
  claim: Claim & { attempts: number },
  input: { error: string; permanent: boolean; now: Date; policy: OutboxPolicy },
): Promise<'FAILED' | 'DEAD' | 'LOST'> {
  const decision = input.permanent
    ? ({ status: 'DEAD', retryInMinutes: null } as const)
    : decideAfterFailure(claim.attempts, input.policy);
  const r = await db
    .updateTable('notification')
    .set({
      status: decision.status,
      next_attempt_at:
        decision.retryInMinutes === null ? null : addMinutes(input.now, decision.retryInMinutes),
      lease_until: null,
      claim_token: null,
      last_error: input.error,
      version: bumpVersion,
    })
    // The claim token fences a dispatcher that lost its lease: its late answer changes nothing.
    .where('id', '=', claim.id)
    .where('status', '=', 'SENDING')
    .where('claim_token', '=', claim.claim_token)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? decision.status : 'LOST';
}
