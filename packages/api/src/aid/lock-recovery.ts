import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { recoveryNotFound, type StaffContext, versionConflict, wrongState } from './aid-errors';

const RECOVERY = { zh: '追回记录', en: 'recovery' };

/** Locks a DUE recovery inside the actor's subtree at the version they read. */
export async function lockRecovery(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: { recoveryId: string; expectedVersion: number },
) {
  const row = await trx
    .selectFrom('aid_recovery')
    .selectAll()
    .where('id', '=', input.recoveryId)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw recoveryNotFound();
  if (row.version !== input.expectedVersion) throw versionConflict(RECOVERY);
  if (row.status !== 'DUE') throw wrongState(RECOVERY, row.status);
  return row;
}
