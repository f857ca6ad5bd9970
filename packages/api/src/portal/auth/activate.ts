import { type Database, withTransaction } from '@bangfu/db';
import type { PortalActivateSchema } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../../audit/append-audit';
import { burnPasswordCheck, verifyPassword } from '../../auth/password';
import type { Context } from '../../context';
import { startWorkerSession } from './start-worker-session';
import { workerAuditContext } from './worker-audit';
import {
  checkWorkerThrottle,
  clearWorkerFailures,
  INVALID_WORKER_CREDENTIALS,
  recordWorkerFailure,
} from './worker-throttle';

/** The live card of the household whose SELF member (本人) holds this ID number, if any. */
async function findLiveCard(db: Kysely<Database>, idNumberBidx: string) {
  return db
    .selectFrom('household_member as m')
    .innerJoin('household as h', 'h.id', 'm.household_id')
    .innerJoin('contact_card as c', 'c.household_id', 'h.id')
    .select(['c.id as cardId', 'c.code_hash', 'h.id as householdId', 'h.org_id', 'm.id as memberId'])
    .where('m.id_number_bidx', '=', idNumberBidx)
    .where('m.relation', '=', 'SELF')
    .where('c.revoked_at', 'is', null)
    .where('c.used_at', 'is', null)
    .orderBy('c.issued_at', 'desc')
    .executeTakeFirst();
}

/**
 * First sign-in with the contact card: the worker's ID number and the card's one-time code.
 * A wrong pair says the same whether the ID number is unknown, the card revoked or the code
 * wrong, and costs the same time. Success uses up the code, (re)creates the worker's account and
 * starts a session that may only choose a PIN.
 */
export async function activateWorker({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.output<typeof PortalActivateSchema>;
}): Promise<{ pinSet: false }> {
  const now = ctx.now();
  const bidx = ctx.crypto.blindIndex(input.idNumber);
  await checkWorkerThrottle(ctx.db, ctx.ip, bidx, now);
  const card = await findLiveCard(ctx.db, bidx);
  const ok = card ? await verifyPassword(card.code_hash, input.code) : await burnFalse(input.code);
  if (!card || !ok) {
    await recordWorkerFailure(ctx.db, ctx.ip, bidx, now, ctx.auth);
    throw INVALID_WORKER_CREDENTIALS;
  }
  const token = await withTransaction(ctx.db, async (trx) => {
    const used = await trx
      .updateTable('contact_card')
      .set({ used_at: now })
      .where('id', '=', card.cardId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    // Two taps at once: the second finds the code already used.
    if (!used) throw INVALID_WORKER_CREDENTIALS;
    await trx
      .insertInto('worker_account')
      .values({
        id_number_bidx: bidx,
        household_id: card.householdId,
        member_id: card.memberId,
        pin_hash: null,
        activated_at: now,
      })
      .onConflict((oc) =>
        oc.column('id_number_bidx').doUpdateSet((eb) => ({
          household_id: card.householdId,
          member_id: card.memberId,
          pin_hash: null,
          failed_attempts: 0,
          locked_until: null,
          activated_at: now,
          version: eb('worker_account.version', '+', 1),
        })),
      )
      .execute();
    // A new card replaces whatever sessions the household had.
    await trx.deleteFrom('worker_session').where('household_id', '=', card.householdId).execute();
    const who = { householdId: card.householdId, memberId: card.memberId, pinSet: false };
    const sessionToken = await startWorkerSession(trx, ctx, who);
    await appendAudit(trx, workerAuditContext(ctx, { memberId: card.memberId, orgId: card.org_id }), {
      action: 'portal.activate',
      entityType: 'household',
      entityId: card.householdId,
      after: { cardId: card.cardId },
    });
    await clearWorkerFailures(trx, bidx);
    return sessionToken;
  });
  ctx.sessionCache?.worker.dropWhere((w) => w.householdId === card.householdId);
  ctx.workerCookies.setSession(token, ctx.auth.sessionMaxHours * 3600);
  return { pinSet: false };
}

async function burnFalse(code: string): Promise<false> {
  await burnPasswordCheck(code);
  return false;
}
