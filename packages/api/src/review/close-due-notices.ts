import { type Database, withTransaction } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { AppServices, StaffActor } from '../context';
import { transitionHousehold } from '../identification/transition';
import { countOpenObjections } from './notice-rows';

export interface CloseDueNoticesResult {
  /** Notices ended now; their cases went on to higher review. */
  ended: number;
  /** Due notices kept open because an objection is still being handled. */
  heldByObjection: number;
  /** Due notices that could not be ended (the case had moved on some other way), for follow-up. */
  failedIds: string[];
}

/**
 * Ends every open notice whose last day is before today (Asia/Shanghai) and that has no open
 * objection, each in its own transaction, so one bad case does not hold up the rest. The server
 * runs this every few minutes; an admin may run it by hand.
 */
export async function closeDueNotices(
  db: Kysely<Database>,
  services: Pick<AppServices, 'now'>,
  by: { actor: StaffActor | null; ip: string | null } = { actor: null, ip: null },
): Promise<CloseDueNoticesResult> {
  const today = businessDate(services.now());
  const due = await db
    .selectFrom('public_notice')
    .select('id')
    .where('status', '=', 'OPEN')
    .where('end_date', '<', today)
    .orderBy('end_date')
    .orderBy('id')
    .execute();
  const ctx = { actor: by.actor, ip: by.ip, now: services.now };
  const result: CloseDueNoticesResult = { ended: 0, heldByObjection: 0, failedIds: [] };
  for (const { id } of due) {
    try {
      const outcome = await withTransaction(db, async (trx) => {
        const notice = await trx
          .selectFrom('public_notice')
          .select(['id', 'household_id', 'end_date', 'version'])
          .where('id', '=', id)
          .where('status', '=', 'OPEN')
          .forUpdate()
          .executeTakeFirst();
        if (!notice) return 'gone' as const;
        if ((await countOpenObjections(trx, id)) > 0) return 'held' as const;
        const now = services.now();
        await trx
          .updateTable('public_notice')
          .set({ status: 'ENDED', ended_at: now, version: notice.version + 1 })
          .where('id', '=', id)
          .execute();
        await transitionHousehold(trx, ctx, {
          householdId: notice.household_id,
          event: 'CLOSE_NOTICE',
          actorKind: 'SYSTEM',
          payload: { noticeId: id, endDate: notice.end_date },
        });
        await appendAudit(trx, ctx, {
          action: 'notice.end',
          entityType: 'public_notice',
          entityId: id,
          before: { status: 'OPEN' },
          after: { status: 'ENDED', endDate: notice.end_date },
        });
        return 'ended' as const;
      });
      if (outcome === 'ended') result.ended++;
      if (outcome === 'held') result.heldByObjection++;
    } catch {
      // Its transaction rolled back whole; the notice stays OPEN and is retried on the next run.
      result.failedIds.push(id);
    }
  }
  return result;
}
