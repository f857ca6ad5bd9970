import { deleteFairBooth, getFairBooth, touchFair, withTransaction } from '@bangfu/db';
import { appendAudit } from '../audit/append-audit';
import { notFound } from '../common/scope';
import type { StaffContext } from './employment-errors';
import { assertFairEditable, lockFairInScope } from './load-fair';

/** 撤销展位: removes an employer's booth and its positions from a fair; visitor interest is kept. */
export async function removeBooth({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { fairId: string; employerId: string };
}): Promise<{ ok: true }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const fair = await lockFairInScope(trx, { id: input.fairId, scopePath: ctx.actor.orgPath });
    assertFairEditable(fair);
    const before = await getFairBooth(trx, input);
    if (!before || (await deleteFairBooth(trx, input)) !== 1) {
      throw notFound({ zh: '该单位在本场招聘会没有展位', en: 'This employer has no booth at this fair' });
    }
    await touchFair(trx, { id: fair.id, at: now });
    await appendAudit(trx, ctx, {
      action: 'fair.remove_booth',
      entityType: 'job_fair',
      entityId: fair.id,
      before: { employerId: input.employerId, boothNo: before.booth_no, positionIds: before.position_ids },
    });
    return { ok: true as const };
  });
}
