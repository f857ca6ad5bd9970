import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import type { Context } from '../../context';

/** Writes a worker session row inside the caller's transaction; returns the cookie's token. */
export async function startWorkerSession(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'now' | 'auth'>,
  who: { householdId: string; memberId: string; pinSet: boolean },
): Promise<string> {
  const now = ctx.now();
  const token = newSessionToken();
  await trx
    .insertInto('worker_session')
    .values({
      token_hash: hashSessionToken(token),
      household_id: who.householdId,
      member_id: who.memberId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ctx.auth.sessionMaxHours * 3_600_000),
      pin_set: who.pinSet,
    })
    .execute();
  return token;
}
