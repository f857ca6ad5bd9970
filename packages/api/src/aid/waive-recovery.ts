import { withTransaction } from '@bangfu/db';
import type { RecoveryWaive } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from './aid-errors';
import { lockRecovery } from './lock-recovery';

/** Writes a recovery off (核销): the payment stays paid; an admin gives the reason. */
export async function waiveRecovery({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecoveryWaive;
}): Promise<{ recoveryId: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const rec = await lockRecovery(trx, ctx, input);
    const now = ctx.now();
    const row = await trx
      .updateTable('aid_recovery')
      .set((eb) => ({
        status: 'WAIVED',
        waive_reason: input.reason,
        closed_by: ctx.actor.userId,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', rec.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'aid.recovery.waive',
      entityType: 'aid_recovery',
      entityId: rec.id,
      before: { status: 'DUE' },
      after: { status: 'WAIVED', reason: input.reason },
    });
    return { recoveryId: rec.id, version: row.version };
  });
}
