import { newId, withTransaction } from '@bangfu/db';
import { DomainError, type PharmacyPurchaseSchema, pharmacyPurchase } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import { pharmacyAccountNotFound, ruleViolation, type StaffContext } from './mutual-aid-errors';

type Input = z.infer<typeof PharmacyPurchaseSchema>;

export interface PurchaseResult {
  txnId: string;
  accountId: string;
  amountFen: number;
  balanceFen: number;
  /** True when this key was seen before and the earlier purchase is returned unchanged. */
  replayed: boolean;
}

/**
 * 药房购药: records a purchase at a designated pharmacy against the member's yearly subsidy. The
 * balance never goes below zero; the idempotency key makes a retried request record nothing twice.
 */
export async function purchaseAtPharmacy({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: Input;
}): Promise<PurchaseResult> {
  return withTransaction(ctx.db, async (trx) => {
    const account = await trx
      .selectFrom('pharmacy_account')
      .select(['id', 'balance_fen'])
      .where('id', '=', input.accountId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw pharmacyAccountNotFound();
    const earlier = await trx
      .selectFrom('pharmacy_txn')
      .select(['id', 'account_id', 'kind', 'amount_fen', 'pharmacy', 'balance_after_fen'])
      .where('idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (earlier) {
      const same =
        earlier.account_id === account.id &&
        earlier.kind === 'PURCHASE' &&
        Number(earlier.amount_fen) === input.amountFen &&
        earlier.pharmacy === input.pharmacy;
      if (!same) {
        throw new DomainError('IDEMPOTENCY_MISMATCH', {
          zh: '该请求编号已用于另一笔购药记录',
          en: 'This request key was already used for a different purchase',
        });
      }
      return {
        txnId: earlier.id,
        accountId: account.id,
        amountFen: input.amountFen,
        balanceFen: Number(earlier.balance_after_fen),
        replayed: true,
      };
    }
    const decision = pharmacyPurchase(Number(account.balance_fen), input.amountFen);
    if (!decision.ok) throw ruleViolation(decision.refused.label, [decision.refused]);
    const now = ctx.now();
    await trx
      .updateTable('pharmacy_account')
      .set((eb) => ({
        balance_fen: decision.balanceFen,
        spent_fen: eb('spent_fen', '+', input.amountFen),
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', account.id)
      .execute();
    const txnId = newId(now.getTime());
    await trx
      .insertInto('pharmacy_txn')
      .values({
        id: txnId,
        account_id: account.id,
        kind: 'PURCHASE',
        amount_fen: input.amountFen,
        pharmacy: input.pharmacy,
        funding: null,
        balance_after_fen: decision.balanceFen,
        idempotency_key: input.idempotencyKey,
        created_by: ctx.actor.userId,
        at: now,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'mutual_aid.pharmacy.purchase',
      entityType: 'pharmacy_account',
      entityId: account.id,
      after: { txnId, amountFen: input.amountFen, pharmacy: input.pharmacy, balanceFen: decision.balanceFen },
    });
    return {
      txnId,
      accountId: account.id,
      amountFen: input.amountFen,
      balanceFen: decision.balanceFen,
      replayed: false,
    };
  });
}
