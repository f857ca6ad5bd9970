import type { Database } from '@bangfu/db';
import type { HardshipCategory, HouseholdStatus } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { type AidContext, householdNotFound } from './aid-errors';

export interface AidHousehold {
  id: string;
  orgId: string;
  orgPath: string;
  status: HouseholdStatus;
  category: HardshipCategory;
  divisionCode: string;
  headName: string;
  memberCount: number;
  bankAccountLast4: string | null;
}

/**
 * Locks a household for an aid decision, so two decisions on one household run one after the
 * other. A staff actor sees only their subtree (outside reads as not found); no actor (portal,
 * jobs) is scoped by its caller.
 */
export async function lockAidHousehold(
  trx: Transaction<Database>,
  ctx: AidContext,
  householdId: string,
): Promise<AidHousehold> {
  let q = trx
    .selectFrom('household')
    .select([
      'id',
      'org_id',
      'org_path',
      'status',
      'category',
      'division_code',
      'head_name',
      'member_count',
      'bank_account_last4',
    ])
    .where('id', '=', householdId)
    .forUpdate();
  if (ctx.actor) q = q.where('org_path', 'like', subtreePattern(ctx.actor.orgPath));
  const h = await q.executeTakeFirst();
  if (!h) throw householdNotFound();
  return {
    id: h.id,
    orgId: h.org_id,
    orgPath: h.org_path,
    status: h.status as HouseholdStatus,
    category: h.category as HardshipCategory,
    divisionCode: h.division_code,
    headName: h.head_name,
    memberCount: h.member_count,
    bankAccountLast4: h.bank_account_last4,
  };
}
