import { type Database, newId } from '@bangfu/db';
import { DomainError, type FundEntryKind, type PayerKind } from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import type { Context } from '../context';

export interface FundEntryInput {
  readonly idempotencyKey: string;
  readonly kind: FundEntryKind;
  readonly schemeId: string;
  readonly orgPath: string;
  readonly memberId: string;
  readonly claimId?: string | null;
  readonly payer?: PayerKind | null;
  /** Integer fen, > 0; the kind says which way it flows. */
  readonly amountFen: number;
  /** YYYY-MM-DD. */
  readonly paidOn: string;
}

export interface AppendedFundEntry {
  readonly entryId: string;
  /** True when the key had already written its entry: nothing new was written. */
  readonly duplicate: boolean;
}

/**
 * The single path that writes the append-only 互助基金台账, inside the caller's transaction.
 * Idempotent by key: a key that already wrote an entry of the same kind, member and amount
 * returns that entry; the same key for anything else is IDEMPOTENCY_MISMATCH.
 */
export async function appendFundEntry(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'actor' | 'ip' | 'now'>,
  input: FundEntryInput,
): Promise<AppendedFundEntry> {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
    throw new DomainError('VALIDATION', {
      zh: '金额必须为正整数分',
      en: 'Amount must be whole fen above zero',
    });
  }
  // Concurrent calls with one key queue here; the second then sees the first one's entry.
  await sql`select pg_advisory_xact_lock(7426013, hashtext(${input.idempotencyKey}))`.execute(trx);
  const seen = await trx
    .selectFrom('ma_fund_entry')
    .select(['id', 'kind', 'member_id', 'claim_id', 'amount_fen'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (seen) {
    const same =
      seen.kind === input.kind &&
      seen.member_id === input.memberId &&
      seen.claim_id === (input.claimId ?? null) &&
      Number(seen.amount_fen) === input.amountFen;
    if (!same) {
      throw new DomainError('IDEMPOTENCY_MISMATCH', {
        zh: '该幂等键已用于另一笔入账',
        en: 'This idempotency key was already used for another entry',
      });
    }
    return { entryId: seen.id, duplicate: true };
  }
  const now = ctx.now();
  const entryId = newId(now.getTime());
  const values = {
    id: entryId,
    scheme_id: input.schemeId,
    org_path: input.orgPath,
    kind: input.kind,
    payer: input.payer ?? null,
    member_id: input.memberId,
    claim_id: input.claimId ?? null,
    amount_fen: input.amountFen,
    idempotency_key: input.idempotencyKey,
    paid_on: input.paidOn,
    created_by: ctx.actor?.userId ?? null,
    created_at: now,
  };
  await trx.insertInto('ma_fund_entry').values(values).execute();
  await appendAudit(trx, ctx, {
    action: 'mutualAid.fund.append',
    entityType: 'ma_fund_entry',
    entityId: entryId,
    after: { ...values, created_at: now.toISOString() },
  });
  return { entryId, duplicate: false };
}
