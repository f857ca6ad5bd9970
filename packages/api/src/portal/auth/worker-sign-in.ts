import { withTransaction } from '@bangfu/db';
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

/**
 * Everyday sign-in: ID number and PIN. Throttled per address and per ID number (counted whether
 * or not the number is on file); an unknown number costs the same time as a wrong PIN.
 */
export async function signInWorker({
  ctx,
  input,
}: {
  ctx: Context;
  input: { idNumber: string; pin: string };
}): Promise<{ pinSet: true }> {
  const now = ctx.now();
  const bidx = ctx.crypto.blindIndex(input.idNumber);
  await checkWorkerThrottle(ctx.db, ctx.ip, bidx, now);
  const account = await ctx.db
    .selectFrom('worker_account')
    .select(['household_id', 'member_id', 'pin_hash'])
    .where('id_number_bidx', '=', bidx)
    .executeTakeFirst();
  const pinHash = account?.pin_hash;
  const ok = pinHash ? await verifyPassword(pinHash, input.pin) : await burn(input.pin);
  if (!account || !ok) {
    await recordWorkerFailure(ctx.db, ctx.ip, bidx, now, ctx.auth);
    throw INVALID_WORKER_CREDENTIALS;
  }
  const token = await withTransaction(ctx.db, async (trx) => {
    const who = { householdId: account.household_id, memberId: account.member_id, pinSet: true };
    const sessionToken = await startWorkerSession(trx, ctx, who);
    await clearWorkerFailures(trx, bidx);
    await appendAudit(trx, workerAuditContext(ctx, who), {
      action: 'portal.sign_in',
      entityType: 'household',
      entityId: account.household_id,
    });
    return sessionToken;
  });
  ctx.workerCookies.setSession(token, ctx.auth.sessionMaxHours * 3600);
  return { pinSet: true };
}

async function burn(pin: string): Promise<false> {
  await burnPasswordCheck(pin);
  return false;
}
