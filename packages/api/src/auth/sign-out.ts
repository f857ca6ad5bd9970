import { withTransaction } from '@bangfu/db';
import { appendAudit } from '../audit/append-audit';
import type { Context } from '../context';
import { hashSessionToken } from './session-token';

export async function signOut({ ctx }: { ctx: Context }): Promise<{ ok: true }> {
  const token = ctx.cookies.sessionToken;
  if (token) {
    await withTransaction(ctx.db, async (trx) => {
      const deleted = await trx
        .deleteFrom('staff_session')
        .where('token_hash', '=', hashSessionToken(token))
        .returning('user_id')
        .executeTakeFirst();
      if (deleted) {
        await appendAudit(trx, ctx, {
          action: 'auth.sign_out',
          entityType: 'staff_user',
          entityId: deleted.user_id,
        });
      }
    });
    ctx.sessionCache?.staff.drop(hashSessionToken(token));
  }
  ctx.cookies.clearSession();
  return { ok: true };
}
