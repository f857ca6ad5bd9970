import { newId, withTransaction } from '@bangfu/db';
import type { RecoverySettle } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from './aid-errors';
import { lockRecovery } from './lock-recovery';

/** Money came back: appends the RECOVERY entry that reverses exactly the recovery's payment. */
export async function settleRecovery({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecoverySettle;
}): Promise<{ recoveryId: string; entryId: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const rec = await lockRecovery(trx, ctx, input);
    const payment = await trx
      .selectFrom('aid_ledger_entry')
      .selectAll()
      .where('id', '=', rec.payment_entry_id)
      .executeTakeFirstOrThrow();
    const now = ctx.now();
    const entryId = newId(now.getTime());
    await trx
      .insertInto('aid_ledger_entry')
      .values({
        id: entryId,
        household_id: payment.household_id,
        org_path: payment.org_path,
        kind: 'RECOVERY',
        programme: payment.programme,
        funding_source: payment.funding_source,
        amount_fen: -payment.amount_fen,
        reverses_entry_id: payment.id,
        request_id: rec.id,
        measure_id: payment.measure_id,
        campaign_id: payment.campaign_id,
        paid_on: input.settledOn,
        counts_as_income: payment.counts_as_income,
        approver_id: null,
        payee_account_last4: payment.payee_account_last4,
        standard_basis: JSON.stringify({
          clause: 'RECOVERY',
          detail: { recoveryId: rec.id, source: rec.source, reason: rec.reason },
        }),
        created_by: ctx.actor.userId,
        created_at: now,
      })
      .execute();
    const row = await trx
      .updateTable('aid_recovery')
      .set((eb) => ({
        status: 'SETTLED',
        settled_entry_id: entryId,
        settled_on: input.settledOn,
        closed_by: ctx.actor.userId,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', rec.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'aid.recovery.settle',
      entityType: 'aid_recovery',
      entityId: rec.id,
      before: { status: 'DUE' },
      after: {
        status: 'SETTLED',
        entryId,
        reverses: payment.id,
        amountFen: -payment.amount_fen,
        settledOn: input.settledOn,
      },
    });
    return { recoveryId: rec.id, entryId, version: row.version };
  });
}
