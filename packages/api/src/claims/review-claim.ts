import { withTransaction } from '@bangfu/db';
import { type ClaimReview, type ClaimStatus, DomainError } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { type ClaimRow, getClaimInScope, updateClaim } from './claim-rows';
import { claimVersionConflict, requireClaimStatus, type StaffContext } from './claims-errors';

export interface ReviewedClaim {
  readonly id: string;
  readonly version: number;
  readonly status: ClaimStatus;
}

/** What the decision moves the claim to: a first approval of a drawn claim waits for 复核. */
function nextStatus(c: ClaimRow, decision: ClaimReview['decision']): ClaimStatus {
  if (decision === 'REJECT') return 'REJECTED';
  return c.status === 'ADJUDICATED' && c.second_review_reason ? 'SECOND_REVIEW' : 'APPROVED';
}

function assertPayable(c: ClaimRow): void {
  if (Number(c.payable_fen) > 0) return;
  throw new DomainError(
    'RULE_VIOLATION',
    { zh: '核算结果无可赔付金额,只能不予赔付', en: 'Adjudication found nothing payable; reject it instead' },
    { payableFen: Number(c.payable_fen) },
  );
}

/**
 * 审核 / 复核: the first review decides an adjudicated claim; a claim drawn for a second review
 * (at random or above the amount line) then needs a DIFFERENT reviewer's decision.
 */
export async function reviewClaim({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ClaimReview;
}): Promise<ReviewedClaim> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getClaimInScope(trx, {
      id: input.claimId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (c.version !== input.expectedVersion) throw claimVersionConflict();
    requireClaimStatus(c.status, ['ADJUDICATED', 'SECOND_REVIEW']);
    const second = c.status === 'SECOND_REVIEW';
    if (second && c.first_reviewer_id === ctx.actor.userId) {
      throw new DomainError('RECUSAL_REQUIRED', {
        zh: '复核须由初审以外的另一人进行',
        en: 'The second review must be done by someone other than the first reviewer',
      });
    }
    if (input.decision === 'APPROVE') assertPayable(c);
    const status = nextStatus(c, input.decision);
    const reviewer = second
      ? { second_reviewer_id: ctx.actor.userId, second_reviewed_at: now }
      : { first_reviewer_id: ctx.actor.userId, first_reviewed_at: now };
    const set = {
      ...reviewer,
      status,
      approved_fen: status === 'APPROVED' ? Number(c.payable_fen) : null,
      decision_reason: input.reason,
      updated_at: now,
    };
    if (!(await updateClaim(trx, { id: c.id, version: c.version, set }))) throw claimVersionConflict();
    await appendAudit(trx, ctx, {
      action: second ? 'mutualAid.claim.secondReview' : 'mutualAid.claim.review',
      entityType: 'ma_claim',
      entityId: c.id,
      before: { status: c.status },
      after: { status, decision: input.decision, reason: input.reason, approvedFen: set.approved_fen },
    });
    return { id: c.id, version: c.version + 1, status };
  });
}
