import { updatePosition, withTransaction } from '@bangfu/db';
import type { RecordHires } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import {
  fieldError,
  positionVersionConflict,
  type SavedRecord,
  type StaffContext,
} from './employment-errors';
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
    const openings = before.headcount - before.filled;
    if (input.count > openings) {
      throw fieldError(
        'count',
        `录用人数超过剩余名额(还剩${openings}个)`,
        `More hires than openings left (${openings} left)`,
        { headcount: before.headcount, filled: before.filled, openings },
      );
    }
    const filled = before.filled + input.count;
    const changed = await updatePosition(trx, {
      id: input.id,
      version: input.version,
      set: { filled, updated_at: now },
    });
    if (changed !== 1) throw positionVersionConflict();
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
