import type { RecoveryListQuery, RecoverySource, RecoveryStatus } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './aid-errors';

export interface RecoveryDto {
  id: string;
  paymentEntryId: string;
  householdId: string;
  amountFen: number;
  reason: string;
  source: RecoverySource;
  sourceId: string | null;
  status: RecoveryStatus;
  settledEntryId: string | null;
  settledOn: string | null;
  waiveReason: string | null;
  createdAt: string;
  version: number;
}

export async function listRecoveries({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecoveryListQuery;
}): Promise<RecoveryDto[]> {
  let q = ctx.db
    .selectFrom('aid_recovery')
    .select([
      'id',
      'payment_entry_id',
      'household_id',
      'amount_fen',
      'reason',
      'source',
      'source_id',
      'status',
    ])
    .select(['settled_entry_id', 'settled_on', 'waive_reason', 'created_at', 'version'])
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit);
  if (input.householdId) q = q.where('household_id', '=', input.householdId);
  if (input.status) q = q.where('status', '=', input.status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    paymentEntryId: r.payment_entry_id,
    householdId: r.household_id,
    amountFen: r.amount_fen,
    reason: r.reason,
    source: r.source as RecoverySource,
    sourceId: r.source_id,
    status: r.status as RecoveryStatus,
    settledEntryId: r.settled_entry_id,
    settledOn: r.settled_on,
    waiveReason: r.waive_reason,
    createdAt: r.created_at,
    version: r.version,
  }));
}
