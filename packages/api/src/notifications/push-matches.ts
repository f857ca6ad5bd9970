import { createHash } from 'node:crypto';
import { type Database, type FieldCrypto, getHousehold, withTransaction } from '@bangfu/db';
import {
  DomainError,
  type HouseholdStatus,
  MATCHABLE_STATUSES,
  type PushMatches,
  redactPersonalData,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { notFound } from '../common/scope';
import type { StaffContext } from '../employment/employment-errors';
import { enqueueNotification } from './enqueue';
import { rankPositionsForHousehold } from './rank-household';

export interface PushMatchesResult {
  householdId: string;
  /** Positions recommended this time (new to the household's inbox). */
  pushedPositionIds: string[];
  /** Top matches the household had already been sent. */
  alreadyPushed: number;
  /** True when an SMS reminder was queued to the head's phone. */
  smsQueued: boolean;
}

/**
 * 送岗到户: the household's top matches go to its portal inbox, one message per position, each at
 * most once ever; when any is new and the head has a phone on file, one SMS reminder says how many.
 */
export async function pushMatches({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PushMatches;
}): Promise<PushMatchesResult> {
  return withTransaction(ctx.db, async (trx) => {
    const h = await getHousehold(trx, { id: input.householdId, scopePath: ctx.actor.orgPath });
    if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
    if (!MATCHABLE_STATUSES.includes(h.status as HouseholdStatus)) {
      throw new DomainError('NOT_ELIGIBLE', {
        zh: '只向已建档的困难职工家庭推送岗位',
        en: 'Jobs are pushed to filed households only',
      });
    }
    const ranked = await rankPositionsForHousehold(trx, h, businessDate(ctx.now()));
    const pushed: string[] = [];
    for (const m of ranked.slice(0, input.limit)) {
      const id = await enqueueNotification(trx, ctx, {
        dedupeKey: `match:${h.id}:${m.position.id}`,
        householdId: h.id,
        orgPath: h.org_path,
        channel: 'PORTAL',
        recipient: null,
        template: 'JOB_MATCH',
        params: { positionId: m.position.id, title: redactPersonalData(m.position.title) },
        createdBy: ctx.actor.userId,
      });
      if (id) pushed.push(m.position.id);
    }
    const phone = pushed.length > 0 ? await headPhone(trx, ctx.crypto, h.id) : null;
    const smsId = phone
      ? await enqueueNotification(trx, ctx, {
          // The set of new positions names this reminder: a repeated push finds none new, sends none.
          dedupeKey: `match-sms:${h.id}:${digest(pushed)}`,
          householdId: h.id,
          orgPath: h.org_path,
          channel: 'SMS',
          recipient: phone,
          template: 'JOB_MATCH_SUMMARY',
          params: { count: pushed.length },
          createdBy: ctx.actor.userId,
        })
      : null;
    const result: PushMatchesResult = {
      householdId: h.id,
      pushedPositionIds: pushed,
      alreadyPushed: Math.min(ranked.length, input.limit) - pushed.length,
      smsQueued: smsId !== null,
    };
    await appendAudit(trx, ctx, {
      action: 'notifications.push_matches',
      entityType: 'household',
      entityId: h.id,
      after: result,
    });
    return result;
  });
}

/** The head's (本人's) phone, decrypted for the outbox, which stores it encrypted again. */
async function headPhone(trx: Transaction<Database>, crypto: FieldCrypto, householdId: string) {
  const head = await trx
    .selectFrom('household_member')
    .select('phone_enc')
    .where('household_id', '=', householdId)
    .where('relation', '=', 'SELF')
    .executeTakeFirst();
  return head?.phone_enc ? crypto.decrypt(head.phone_enc) : null;
}

const digest = (ids: readonly string[]): string =>
  createHash('sha256')
    .update([...ids].sort().join(','))
    .digest('hex')
    .slice(0, 32);
