import { withTransaction } from '@bangfu/db';
import {
  type AidRequestStatus,
  ApprovalLevel,
  approvalRank,
  DomainError,
  type PaymentApprove,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { type StaffContext, wrongState } from './aid-errors';
import { lockRequestInScope, REQUEST } from './lock-request';
import { approvalLevelOfOrg } from './org-level';

const forbidden = (zh: string, en: string, details?: Record<string, unknown>) =>
  new DomainError('FORBIDDEN', { zh, en }, details);

/**
 * Whether an approver at `level` may decide a request needing `required`. 全总 (ACFTU) has no
 * org here: a province approver records its approval with the 全总 reference [A].
 */
function levelSuffices(level: ApprovalLevel, required: ApprovalLevel, externalRef: string | null): boolean {
  if (approvalRank(level) >= approvalRank(required)) return true;
  return required === 'ACFTU' && level === 'PROVINCE' && externalRef !== null;
}

/**
 * Decides a waiting request. The approver must sit at or above the required level, over the
 * household (the request is found only inside their subtree), and must not be the requester.
 */
export async function approvePayment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PaymentApprove;
}): Promise<{ requestId: string; status: AidRequestStatus; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const req = await lockRequestInScope(trx, ctx, input);
    if (req.status !== 'PENDING_APPROVAL') throw wrongState(REQUEST, req.status);
    if (req.requested_by === ctx.actor.userId) {
      throw forbidden('申请人不能审批自己的申请', 'You cannot approve your own request');
    }
    const required = req.required_level as ApprovalLevel;
    const level = await approvalLevelOfOrg(trx, ctx.actor.orgId);
    if (input.decision === 'APPROVE' && !levelSuffices(level, required, input.externalApprovalRef)) {
      throw forbidden(
        `该申请须由${ApprovalLevel.label(required)}审批`,
        `This request needs approval at ${ApprovalLevel.label(required, 'en')} level`,
        { requiredLevel: required, yourLevel: level },
      );
    }
    const status: AidRequestStatus = input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
    const now = ctx.now();
    const row = await trx
      .updateTable('aid_request')
      .set((eb) => ({
        status,
        decided_by: ctx.actor.userId,
        decided_at: now,
        decision_reason: input.reason,
        external_approval_ref: input.externalApprovalRef,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', req.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: `aid.payment.${input.decision === 'APPROVE' ? 'approve' : 'reject'}`,
      entityType: 'aid_request',
      entityId: req.id,
      before: { status: req.status },
      after: {
        status,
        reason: input.reason,
        level,
        requiredLevel: required,
        externalRef: input.externalApprovalRef,
      },
    });
    return { requestId: req.id, status, version: row.version };
  });
}
