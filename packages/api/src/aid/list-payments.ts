import type {
  AidProgramme,
  AidRequestStatus,
  ApprovalLevel,
  FundingSource,
  PaymentListQuery,
} from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './aid-errors';

export interface PaymentRequestDto {
  id: string;
  householdId: string;
  measureId: string | null;
  programme: AidProgramme;
  amountFen: number;
  fundingSource: FundingSource;
  paidOn: string | null;
  note: string;
  status: AidRequestStatus;
  requiredLevel: ApprovalLevel;
  policyVersion: number;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  ledgerEntryId: string | null;
  createdAt: string;
  version: number;
}

/** Requests in the actor's subtree, newest first (the approver's queue with status PENDING_APPROVAL). */
export async function listPayments({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PaymentListQuery;
}): Promise<PaymentRequestDto[]> {
  let q = ctx.db
    .selectFrom('aid_request')
    .select([
      'id',
      'household_id',
      'measure_id',
      'programme',
      'amount_fen',
      'funding_source',
      'paid_on',
      'note',
      'status',
      'required_level',
      'policy_version',
      'requested_by',
      'decided_by',
      'decided_at',
      'decision_reason',
      'ledger_entry_id',
      'created_at',
      'version',
    ])
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit);
  if (input.householdId) q = q.where('household_id', '=', input.householdId);
  if (input.status) q = q.where('status', '=', input.status);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    householdId: r.household_id,
    measureId: r.measure_id,
    programme: r.programme as AidProgramme,
    amountFen: r.amount_fen,
    fundingSource: r.funding_source as FundingSource,
    paidOn: r.paid_on,
    note: r.note,
    status: r.status as AidRequestStatus,
    requiredLevel: r.required_level as ApprovalLevel,
    policyVersion: r.policy_version,
    requestedBy: r.requested_by,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
    ledgerEntryId: r.ledger_entry_id,
    createdAt: r.created_at,
    version: r.version,
  }));
}
