import type { WorkerContext } from '../portal/worker/worker-context';

export interface MyPharmacyTxnDto {
  id: string;
  kind: 'TOP_UP' | 'PURCHASE';
  amountFen: number;
  pharmacy: string | null;
  balanceAfterFen: number;
  at: string;
}

export interface MyPharmacyAccountDto {
  id: string;
  memberName: string;
  year: number;
  balanceFen: number;
  toppedUpFen: number;
  spentFen: number;
  txns: MyPharmacyTxnDto[];
}

/**
 * 我的药房补助: the yearly pharmacy accounts of the members linked to the worker's own household,
 * newest year first, each with its top-ups and purchases (newest first).
 */
export async function myPharmacy(ctx: WorkerContext): Promise<{ accounts: MyPharmacyAccountDto[] }> {
  const accounts = await ctx.db
    .selectFrom('pharmacy_account as a')
    .innerJoin('ma_member as m', 'm.id', 'a.member_id')
    .select(['a.id', 'm.name', 'a.year', 'a.balance_fen', 'a.topped_up_fen', 'a.spent_fen'])
    .where('m.household_id', '=', ctx.worker.householdId)
    .orderBy('a.year', 'desc')
    .orderBy('a.id')
    .limit(50)
    .execute();
  const txns =
    accounts.length === 0
      ? []
      : await ctx.db
          .selectFrom('pharmacy_txn')
          .select(['id', 'account_id', 'kind', 'amount_fen', 'pharmacy', 'balance_after_fen', 'at'])
          .where(
            'account_id',
            'in',
            accounts.map((a) => a.id),
          )
          .orderBy('at', 'desc')
          .orderBy('id', 'desc')
          .limit(1000)
          .execute();
  return {
    accounts: accounts.map((a) => ({
      id: a.id,
      memberName: a.name,
      year: a.year,
      balanceFen: Number(a.balance_fen),
      toppedUpFen: Number(a.topped_up_fen),
      spentFen: Number(a.spent_fen),
      txns: txns
        .filter((t) => t.account_id === a.id)
        // The year's one top-up opens the account, so it is the oldest even within one instant.
        .sort((x, y) => Number(x.kind === 'TOP_UP') - Number(y.kind === 'TOP_UP'))
        .map((t) => ({
          id: t.id,
          kind: t.kind as MyPharmacyTxnDto['kind'],
          amountFen: Number(t.amount_fen),
          pharmacy: t.pharmacy,
          balanceAfterFen: Number(t.balance_after_fen),
          at: new Date(t.at).toISOString(),
        })),
    })),
  };
}
