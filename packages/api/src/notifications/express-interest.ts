import { getPosition, incrementFairInterest, listPositionFairs, withTransaction } from '@bangfu/db';
import type { ExpressInterest } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { positionNotFound } from '../employment/employment-errors';
import { isRowListed } from '../employment/position-dto';
import { workerAuditContext } from '../portal/auth/worker-audit';
import type { WorkerContext } from '../portal/worker/worker-context';

export interface ExpressInterestResult {
  positionId: string;
  /** False when the household had already said so: nothing changed. */
  recorded: boolean;
}

/**
 * 我感兴趣: the signed-in worker's household tells the union it wants a position. Recorded once
 * per household and position; the first time, the position's interest count at each published
 * fair offering it goes up by one, as a kiosk tap would.
 */
export async function expressInterest({
  ctx,
  input,
}: {
  ctx: WorkerContext;
  input: ExpressInterest;
}): Promise<ExpressInterestResult> {
  return withTransaction(ctx.db, async (trx) => {
    const asOf = businessDate(ctx.now());
    const position = await getPosition(trx, { id: input.positionId });
    if (!position || !isRowListed(position, asOf)) throw positionNotFound();
    const inserted = await trx
      .insertInto('worker_interest')
      .values({
        household_id: ctx.worker.householdId,
        position_id: position.id,
        member_id: ctx.worker.memberId,
        created_at: ctx.now(),
      })
      .onConflict((oc) => oc.columns(['household_id', 'position_id']).doNothing())
      .returning('position_id')
      .executeTakeFirst();
    if (!inserted) return { positionId: position.id, recorded: false };
    const fairs = await listPositionFairs(trx, {
      positionId: position.id,
      status: 'PUBLISHED',
      endingOnOrAfter: asOf,
    });
    for (const fair of fairs) await incrementFairInterest(trx, { fairId: fair.id, positionId: position.id });
    await appendAudit(trx, workerAuditContext(ctx, ctx.worker), {
      action: 'portal.express_interest',
      entityType: 'household',
      entityId: ctx.worker.householdId,
      after: { positionId: position.id, fairIds: fairs.map((f) => f.id) },
    });
    return { positionId: position.id, recorded: true };
  });
}
