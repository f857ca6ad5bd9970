import { withTransaction } from '@bangfu/db';
import type { AidProgramme, FundingSource, PaymentPay } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { type StaffContext, wrongState } from './aid-errors';
import { lockRequestInScope, REQUEST } from './lock-request';
import { recordPayment } from './record-payment';

/**
 * Pays an approved request through recordPayment, to the household's account on file; the
 * ledger entry names the approver and the rules the request was decided under.
 */
export async function payRequest({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PaymentPay;
}): Promise<{ requestId: string; entryId: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const req = await lockRequestInScope(trx, ctx, input);
    if (req.status !== 'APPROVED') throw wrongState(REQUEST, req.status);
    const basis = req.rule_basis as { decision?: { capSource?: string | null; levelSource?: string } };
    const { entryId } = await recordPayment(trx, ctx, {
      idempotencyKey: `aid_request:${req.id}`,
      requestId: req.id,
      householdId: req.household_id,
      programme: req.programme as AidProgramme,
      amountFen: req.amount_fen,
      fundingSource: req.funding_source as FundingSource,
      measureId: req.measure_id,
      paidOn: businessDate(ctx.now()),
      approverId: req.decided_by,
      basis: {
        clause: basis.decision?.capSource ?? basis.decision?.levelSource ?? 'AID',
        policyKind: 'AID',
        policyVersion: req.policy_version,
        detail: { requestId: req.id, requiredLevel: req.required_level },
      },
    });
    const now = ctx.now();
    const row = await trx
      .updateTable('aid_request')
      .set((eb) => ({
        status: 'PAID',
        ledger_entry_id: entryId,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', req.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'aid.payment.pay',
      entityType: 'aid_request',
      entityId: req.id,
      before: { status: req.status },
      after: { status: 'PAID', entryId },
    });
    return { requestId: req.id, entryId, version: row.version };
  });
}
