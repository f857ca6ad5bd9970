import { type Database, newId } from '@bangfu/db';
import type { RecoverySource } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import type { AidContext } from './aid-errors';
import { lockAidHousehold } from './lock-household';

export interface OpenRecoveriesInput {
  readonly householdId: string;
  readonly reason: string;
  readonly source: RecoverySource;
  /** The spot check, correction or cancellation that found the aid was not due. */
  readonly sourceId?: string | null;
}

export interface OpenedRecoveries {
  readonly count: number;
  readonly totalFen: number;
}

/**
 * Opens one DUE recovery (追回) for every payment of the household that is neither reversed nor
 * already being recovered, inside the caller's transaction. Calling it again opens nothing new.
 */
export async function openRecoveries(
  trx: Transaction<Database>,
  ctx: AidContext,
  input: OpenRecoveriesInput,
): Promise<OpenedRecoveries> {
  const household = await lockAidHousehold(trx, ctx, input.householdId);
  const payments = await trx
    .selectFrom('aid_ledger_entry as p')
    .select(['p.id', 'p.amount_fen'])
    .where('p.household_id', '=', household.id)
    .where('p.kind', '=', 'PAYMENT')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('aid_ledger_entry as r').select('r.id').whereRef('r.reverses_entry_id', '=', 'p.id'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('aid_recovery as o')
            .select('o.id')
            .whereRef('o.payment_entry_id', '=', 'p.id')
            .where('o.status', '<>', 'WAIVED'),
        ),
      ),
    )
    .orderBy('p.seq')
    .execute();
  if (payments.length === 0) return { count: 0, totalFen: 0 };
  const now = ctx.now();
  const rows = payments.map((p) => ({
    id: newId(now.getTime()),
    payment_entry_id: p.id,
    household_id: household.id,
    org_path: household.orgPath,
    amount_fen: p.amount_fen,
    reason: input.reason,
    source: input.source,
    source_id: input.sourceId ?? null,
    opened_by: ctx.actor?.userId ?? null,
    created_at: now,
    updated_at: now,
  }));
  await trx.insertInto('aid_recovery').values(rows).execute();
  const totalFen = payments.reduce((sum, p) => sum + p.amount_fen, 0);
  await appendAudit(trx, ctx, {
    action: 'aid.recovery.open',
    entityType: 'household',
    entityId: household.id,
    after: {
      source: input.source,
      sourceId: input.sourceId ?? null,
      reason: input.reason,
      recoveries: rows.map((r) => ({
        id: r.id,
        paymentEntryId: r.payment_entry_id,
        amountFen: r.amount_fen,
      })),
      totalFen,
    },
  });
  return { count: rows.length, totalFen };
}
