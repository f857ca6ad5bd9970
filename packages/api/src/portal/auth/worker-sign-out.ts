import { withTransaction } from '@bangfu/db';
import { appendAudit } from '../../audit/append-audit';
import { hashSessionToken } from '../../auth/session-token';
import type { Context } from '../../context';
import { workerAuditContext } from './worker-audit';

export async function signOutWorker({ ctx }: { ctx: Context }): Promise<{ ok: true }> {
  const token = ctx.workerCookies.sessionToken;
  if (token) {
    await withTransaction(ctx.db, async (trx) => {
      const deleted = await trx
        .deleteFrom('worker_session')
        .where('token_hash', '=', hashSessionToken(token))
        .returning(['household_id', 'member_id'])
        .executeTakeFirst();
      if (deleted) {
        await appendAudit(trx, workerAuditContext(ctx, { memberId: deleted.member_id }), {
          action: 'portal.sign_out',
          entityType: 'household',
          entityId: deleted.household_id,
        });
      }
    });
    ctx.sessionCache?.worker.drop(hashSessionToken(token));
  }
  ctx.workerCookies.clearSession();
  return { ok: true };
}
