import type { Database } from '@bangfu/db';
import type { AidProgramme, FundingSource } from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { householdNotFound, type StaffContext } from './aid-errors';

type Executor = Kysely<Database> | Transaction<Database>;

export interface LedgerFilter {
  householdId?: string;
  orgId?: string;
  year?: number;
  programme?: AidProgramme;
  fundingSource?: FundingSource;
}

/**
 * The ledger entries a filter selects, inside the actor's subtree: one household, one union's
 * subtree, or (neither) the actor's own. A household or union out of scope is "not found".
 */
export async function ledgerEntries(db: Executor, ctx: StaffContext, filter: LedgerFilter) {
  let path = ctx.actor.orgPath;
  if (filter.orgId) path = (await getOrgInScope(db as Kysely<Database>, ctx.actor, filter.orgId)).path;
  let q = db
    .selectFrom('aid_ledger_entry as e')
    .innerJoin('household as h', 'h.id', 'e.household_id')
    .where('e.org_path', 'like', subtreePattern(path));
  if (filter.householdId) {
    const h = await db
      .selectFrom('household')
      .select('id')
      .where('id', '=', filter.householdId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!h) throw householdNotFound();
    q = q.where('e.household_id', '=', h.id);
  }
  if (filter.year) {
    q = q.where('e.paid_on', '>=', `${filter.year}-01-01`).where('e.paid_on', '<=', `${filter.year}-12-31`);
  }
  if (filter.programme) q = q.where('e.programme', '=', filter.programme);
  if (filter.fundingSource) q = q.where('e.funding_source', '=', filter.fundingSource);
  return q;
}
