import { withTransaction } from '@bangfu/db';
import type { ClaimPay } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getClaimInScope, updateClaim } from './claim-rows';
import { claimVersionConflict, requireClaimStatus, type StaffContext } from './claims-errors';
import { appendFundEntry } from './fund-ledger';

export interface PaidClaim {
  readonly id: string;
  readonly version: number;
  readonly entryId: string;
  readonly amountFen: number;
  /** True when the claim had already been paid: nothing new was written. */
  readonly duplicate: boolean;
}

/** The fund-ledger key of a claim's payout: one claim, one payout, whoever asks and how often. */
export const claimPayoutKey = (claimId: string): string => `claim:${claimId}`;

/**
 * 支付: writes the approved amount to the fund ledger as a CLAIM_PAYOUT. Idempotent: paying a
 * claim already PAID (a retry, a double click, a concurrent call that lost the row lock) returns
 * the entry the first call wrote, whatever version the caller read.
 */
export async function payClaim({ ctx, input }: { ctx: StaffContext; input: ClaimPay }): Promise<PaidClaim> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getClaimInScope(trx, {
      id: input.claimId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (c.status === 'PAID' && c.paid_entry_id) {
      const amountFen = Number(c.approved_fen);
      return { id: c.id, version: c.version, entryId: c.paid_entry_id, amountFen, duplicate: true };
    }
    if (c.version !== input.expectedVersion) throw claimVersionConflict();
    requireClaimStatus(c.status, ['APPROVED']);
    const amountFen = Number(c.approved_fen);
    const paidOn = businessDate(now);
    const entry = await appendFundEntry(trx, ctx, {
      idempotencyKey: claimPayoutKey(c.id),
      kind: 'CLAIM_PAYOUT',
      schemeId: c.scheme_id,
      orgPath: c.org_path,
      memberId: c.member_id,
      claimId: c.id,
      amountFen,
      paidOn,
    });
    const set = { status: 'PAID', paid_entry_id: entry.entryId, paid_on: paidOn, updated_at: now };
    if (!(await updateClaim(trx, { id: c.id, version: c.version, set }))) throw claimVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'mutualAid.claim.pay',
      entityType: 'ma_claim',
      entityId: c.id,
      before: { status: c.status },
      after: { status: 'PAID', entryId: entry.entryId, amountFen, paidOn },
    });
    return { id: c.id, version: c.version + 1, entryId: entry.entryId, amountFen, duplicate: false };
  });
}
