import { withTransaction } from '@bangfu/db';
import { maskPhone } from '@bangfu/domain';
import { appendAudit } from '../../audit/append-audit';
import { workerAuditContext } from '../auth/worker-audit';
import { insertRequest } from './my-requests';
import type { WorkerContext } from './worker-context';

/**
 * The worker changes their own phone number: stored encrypted, logged without the number, and
 * reported to the union as a PHONE_UPDATE request so the caseworker knows.
 */
export async function updateMyPhone({
  ctx,
  input,
}: {
  ctx: WorkerContext;
  input: { phone: string };
}): Promise<{ phone: string }> {
  const masked = maskPhone(input.phone);
  await withTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('household_member')
      .set({ phone_enc: ctx.crypto.encrypt(input.phone), phone_last4: input.phone.slice(-4) })
      .where('id', '=', ctx.worker.memberId)
      .where('household_id', '=', ctx.worker.householdId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('household')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: ctx.now() }))
      .where('id', '=', ctx.worker.householdId)
      .execute();
    await appendAudit(trx, workerAuditContext(ctx, ctx.worker), {
      action: 'portal.update_phone',
      entityType: 'household',
      entityId: ctx.worker.householdId,
      after: { memberId: ctx.worker.memberId, phone: masked },
    });
    await insertRequest(trx, ctx, { kind: 'PHONE_UPDATE', text: `新号码 / new number: ${masked}` });
  });
  return { phone: masked };
}
