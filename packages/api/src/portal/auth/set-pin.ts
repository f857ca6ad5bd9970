import { withTransaction } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import { appendAudit } from '../../audit/append-audit';
import { hashPassword } from '../../auth/password';
import { hashSessionToken } from '../../auth/session-token';
import type { Context, WorkerActor } from '../../context';
import { workerAuditContext } from './worker-audit';

type WorkerContext = Context & { worker: WorkerActor };

/** Sets (or changes) the worker's 6-digit PIN; the current session then counts as fully signed in. */
export async function setWorkerPin({
  ctx,
  input,
}: {
  ctx: WorkerContext;
  input: { pin: string };
}): Promise<{ pinSet: true }> {
  const pinHash = await hashPassword(input.pin);
  const token = ctx.workerCookies.sessionToken;
  await withTransaction(ctx.db, async (trx) => {
    const account = await trx
      .updateTable('worker_account')
      .set((eb) => ({ pin_hash: pinHash, version: eb('version', '+', 1) }))
      .where('household_id', '=', ctx.worker.householdId)
      .where('member_id', '=', ctx.worker.memberId)
      .returning('id_number_bidx')
      .executeTakeFirst();
    if (!account) {
      throw new DomainError('NOT_FOUND', { zh: '账号不存在,请重新激活', en: 'No account; activate again' });
    }
    if (token) {
      await trx
        .updateTable('worker_session')
        .set({ pin_set: true })
        .where('token_hash', '=', hashSessionToken(token))
        .execute();
    }
    await appendAudit(trx, workerAuditContext(ctx, ctx.worker), {
      action: 'portal.set_pin',
      entityType: 'household',
      entityId: ctx.worker.householdId,
    });
  });
  // The cached session still says "no PIN yet".
  if (token) ctx.sessionCache?.worker.drop(hashSessionToken(token));
  return { pinSet: true };
}
