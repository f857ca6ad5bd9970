import type { Database } from '@bangfu/db';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { subtreePattern } from '../common/scope';
import { campaignNotFound } from './festival-errors';

type Executor = Kysely<Database> | Transaction<Database>;
export type CampaignRow = Selectable<Database['festival_campaign']>;
type CampaignUpdate = Omit<Updateable<Database['festival_campaign']>, 'id' | 'version'>;

/** Loads a campaign inside the actor's subtree; one outside it reads as not found. */
export async function getCampaignInScope(
  db: Executor,
  input: { id: string; scopePath: string; forUpdate?: boolean },
): Promise<CampaignRow> {
  let q = db
    .selectFrom('festival_campaign')
    .selectAll()
    .where('id', '=', input.id)
    .where('org_path', 'like', subtreePattern(input.scopePath));
  if (input.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw campaignNotFound();
  return row;
}

/** Bumps the campaign's version (and sets `set`) when it is still at `version`; false when stale. */
export async function updateCampaign(
  trx: Transaction<Database>,
  input: { id: string; version: number; set: CampaignUpdate & { updated_at: Date } },
): Promise<boolean> {
  const result = await trx
    .updateTable('festival_campaign')
    .set((eb) => ({ ...input.set, version: eb('version', '+', 1) }))
    .where('id', '=', input.id)
    .where('version', '=', input.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
