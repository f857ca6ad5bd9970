import { withTransaction } from '@bangfu/db';
import type { RecordHires } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { positionVersionConflict, type SavedRecord, type StaffContext } from './employment-errors';
import { fillPosition } from './fill-position';
import { lockPositionInScope } from './load-position';

/**
 * 登记录用: adds workers hired into a position. Filled never passes the headcount; once it reaches
 * it, the position leaves the public lists by the listing rule, with nobody having to close it.
 */
export async function recordHires({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordHires;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const before = await lockPositionInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    if (before.version !== input.version) throw positionVersionConflict();
    const filled = await fillPosition(trx, { before, count: input.count, now });
    await appendAudit(trx, ctx, {
      action: 'position.record_hires',
      entityType: 'position',
      entityId: input.id,
      before: { filled: before.filled },
      after: { filled, hired: input.count },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
