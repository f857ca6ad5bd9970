import type { ReferralList, ReferralStatus } from '@bangfu/domain';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { StaffContext } from './oversight-context';

export interface ReferralDto {
  id: string;
  version: number;
  orgId: string;
  personName: string;
  /** Last four digits only; the full number is revealed through the household file once filed. */
  phoneMasked: string | null;
  addressNote: string;
  reason: string;
  status: ReferralStatus;
  householdId: string | null;
  createdAt: string;
}

/** Referrals to unions of the subtree, newest first. */
export async function listReferrals({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ReferralList;
}): Promise<ReferralDto[]> {
  const org = await getOrgInScope(ctx.db, ctx.actor, input.orgId);
  let q = ctx.db
    .selectFrom('volunteer_referral')
    .select([
      'id',
      'version',
      'org_id',
      'person_name',
      'phone_last4',
      'address_note',
      'reason',
      'status',
      'household_id',
      'created_at',
    ])
    .where('org_path', 'like', subtreePattern(org.path))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(500);
  if (input.status) q = q.where('status', '=', input.status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    orgId: r.org_id,
    personName: r.person_name,
    phoneMasked: r.phone_last4 ? `*******${r.phone_last4}` : null,
    addressNote: r.address_note,
    reason: r.reason,
    status: r.status as ReferralStatus,
    householdId: r.household_id,
    createdAt: r.created_at,
  }));
}
