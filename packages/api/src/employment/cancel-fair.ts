import { updateFair, withTransaction } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fairVersionConflict, type SavedRecord, type StaffContext } from './employment-errors';
import { lockFairInScope } from './load-fair';

/** 取消招聘会: a fair in preparation or published is called off; the kiosk stops showing it. */
export async function cancelFair({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { id: string; version: number };
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const fair = await lockFairInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    if (fair.version !== input.version) throw fairVersionConflict();
    if (fair.status === 'CANCELLED') {
      throw new DomainError('CONFLICT', { zh: '招聘会已取消', en: 'The job fair is already cancelled' });
    }
    const changed = await updateFair(trx, {
      id: fair.id,
      version: input.version,
      set: { status: 'CANCELLED', updated_at: now },
    });
    if (changed !== 1) throw fairVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'fair.cancel',
      entityType: 'job_fair',
      entityId: fair.id,
      before: { status: fair.status },
      after: { status: 'CANCELLED' },
    });
    return { id: fair.id, version: input.version + 1 };
  });
}
