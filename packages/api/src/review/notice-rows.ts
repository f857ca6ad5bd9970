import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { noticeNotFound, objectionNotFound } from './review-errors';

/** Locks a notice in the actor's subtree; one outside it is "not found". */
export async function lockNoticeInScope(
  trx: Transaction<Database>,
  input: { id: string; scopePath: string },
) {
  const row = await trx
    .selectFrom('public_notice')
    .select(['id', 'household_id', 'status', 'start_date', 'end_date', 'version'])
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(input.scopePath))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw noticeNotFound();
  return row;
}

/** Locks an objection whose notice lies in the actor's subtree. */
export async function lockObjectionInScope(
  trx: Transaction<Database>,
  input: { id: string; scopePath: string },
) {
  const row = await trx
    .selectFrom('notice_objection as o')
    .innerJoin('public_notice as n', 'n.id', 'o.notice_id')
    .select(['o.id', 'o.notice_id', 'o.status', 'o.version'])
    .where('o.id', '=', input.id)
    .where('n.org_path', 'like', subtreePattern(input.scopePath))
    .forUpdate('o')
    .executeTakeFirst();
  if (!row) throw objectionNotFound();
  return row;
}

export async function countOpenObjections(trx: Transaction<Database>, noticeId: string): Promise<number> {
  const row = await trx
    .selectFrom('notice_objection')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('notice_id', '=', noticeId)
    .where('status', '=', 'OPEN')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
