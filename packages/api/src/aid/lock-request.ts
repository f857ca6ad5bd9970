import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { requestNotFound, type StaffContext, versionConflict } from './aid-errors';

export const REQUEST = { zh: '帮扶申请', en: 'aid request' };

/** Locks a payment request inside the actor's subtree at the version they read. */
export async function lockRequestInScope(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: { requestId: string; expectedVersion: number },
) {
  const row = await trx
    .selectFrom('aid_request')
    .selectAll()
    .where('id', '=', input.requestId)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw requestNotFound();
  if (row.version !== input.expectedVersion) throw versionConflict(REQUEST);
  return row;
}
