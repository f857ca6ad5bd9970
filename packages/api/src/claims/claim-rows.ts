import type { Database } from '@bangfu/db';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { subtreePattern } from '../common/scope';
import { claimNotFound } from './claims-errors';

type Executor = Kysely<Database> | Transaction<Database>;
export type ClaimRow = Selectable<Database['ma_claim']>;
type ClaimUpdate = Omit<Updateable<Database['ma_claim']>, 'id' | 'version'>;

/** Loads a claim inside the actor's subtree; one outside it reads as not found. */
export async function getClaimInScope(
  db: Executor,
  input: { id: string; scopePath: string; forUpdate?: boolean },
): Promise<ClaimRow> {
  let q = db
    .selectFrom('ma_claim')
    .selectAll()
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(input.scopePath));
  if (input.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw claimNotFound();
  return row;
}

/** Bumps the claim's version (and sets `set`) when it is still at `version`; false when stale. */
export async function updateClaim(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: ClaimUpdate & { updated_at: Date } },
): Promise<boolean> {
  const result = await trx
    .updateTable('ma_claim')
    .set((eb) => ({ ...input.set, version: eb('version', '+', 1) }))
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
