import { updatePosition, withTransaction } from '@bangfu/db';
import { DomainError, type PositionClose } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { positionVersionConflict, type SavedRecord, type StaffContext } from './employment-errors';
import { lockPositionInScope } from './load-position';

/** 关闭岗位: marks a position filled or closed by hand; it leaves the public lists at once. */
export async function closePosition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PositionClose;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const before = await lockPositionInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    if (before.version !== input.version) throw positionVersionConflict();
    if (before.status === 'FILLED' || before.status === 'CLOSED') {
      throw new DomainError('CONFLICT', {
        zh: '该岗位已关闭,无需重复操作',
        en: 'This position is already closed',
      });
    }
    const changed = await updatePosition(trx, {
      id: input.id,
      version: input.version,
      set: { status: input.status, updated_at: now },
    });
    if (changed !== 1) throw positionVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'position.close',
      entityType: 'position',
      entityId: input.id,
      before: { status: before.status },
      after: { status: input.status },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
