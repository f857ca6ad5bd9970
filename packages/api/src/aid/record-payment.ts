import { type Database, newId } from '@bangfu/db';
import {
  AID_ELIGIBLE_STATUSES,
  AID_POLICY_KIND,
  type AidBasis,
  AidPolicySchema,
  type AidProgramme,
  DEFAULT_AID_POLICY,
  DomainError,
  FILE_EXEMPT_PROGRAMMES,
  type FundingSource,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { transitionHousehold } from '../identification/transition';
import { loadPolicy } from '../policies/load-policy';
import { type AidContext, idempotencyMismatch } from './aid-errors';
import { lockAidHousehold } from './lock-household';
import { lockIdempotencyKey, requestHash } from './request-hash';

export interface RecordPaymentInput {
  readonly idempotencyKey: string;
  readonly householdId: string;
  readonly programme: AidProgramme;
  /** Integer fen, > 0. */
  readonly amountFen: number;
  readonly fundingSource: FundingSource;
  readonly measureId?: string | null;
  readonly campaignId?: string | null;
  /** YYYY-MM-DD. */
  readonly paidOn: string;
  /** Defaults to the AID policy's rule for the programme (brief §2.4). */
  readonly countsAsIncome?: boolean;
  readonly basis: AidBasis;
  readonly approverId?: string | null;
  /** The aid_request (or other record) the payment comes from; a fresh id when absent. */
  readonly requestId?: string;
}

export interface RecordedPayment {
  readonly entryId: string;
  /** True when the key had already paid: nothing new was written. */
  readonly duplicate: boolean;
}

function assertAmount(amountFen: number): void {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new DomainError(
      'VALIDATION',
      { zh: '金额必须为正整数分', en: 'Amount must be whole fen above zero' },
      {
        fieldErrors: { amountFen: ['金额必须为正整数分 / amount must be whole fen above zero'] },
      },
    );
  }
}

/**
 * The single path that writes a PAYMENT to the 帮扶台账, inside the caller's transaction.
 * Idempotent by key: the same key and payload returns the first entry (duplicate=true); the
 * same key with another payload is IDEMPOTENCY_MISMATCH. Approvals are the caller's business;
 * the file guard (FILED/AIDED, except 临时救助 and 送温暖) and the RECORD_AID step are here.
 */
export async function recordPayment(
  trx: Transaction<Database>,
  ctx: AidContext,
  input: RecordPaymentInput,
): Promise<RecordedPayment> {
  assertAmount(input.amountFen);
  const payload = {
    householdId: input.householdId,
    programme: input.programme,
    amountFen: input.amountFen,
    fundingSource: input.fundingSource,
    measureId: input.measureId ?? null,
    campaignId: input.campaignId ?? null,
    paidOn: input.paidOn,
    countsAsIncome: input.countsAsIncome ?? null,
    basis: input.basis,
    approverId: input.approverId ?? null,
  };
  const hash = requestHash(payload);
  await lockIdempotencyKey(trx, 'aid_payment', input.idempotencyKey);
  const seen = await trx
    .selectFrom('aid_payment_key')
    .select(['request_hash', 'entry_id'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (seen) {
    if (seen.request_hash !== hash) throw idempotencyMismatch();
    return { entryId: seen.entry_id, duplicate: true };
  }

  const household = await lockAidHousehold(trx, ctx, input.householdId);
  const filed = AID_ELIGIBLE_STATUSES.includes(household.status);
  if (!filed && !FILE_EXEMPT_PROGRAMMES.includes(input.programme)) {
    throw new DomainError(
      'NOT_ELIGIBLE',
      {
        zh: '先建档、后帮扶:档案未建档,不能发放此项帮扶',
        en: 'File first, aid after: this household is not filed',
      },
      { status: household.status, programme: input.programme },
    );
  }
  const countsAsIncome =
    input.countsAsIncome ??
    (await loadPolicy(trx, AID_POLICY_KIND, AidPolicySchema, DEFAULT_AID_POLICY, input.paidOn)).body
      .countsAsIncome[input.programme].counts;
  const now = ctx.now();
  const entryId = newId(now.getTime());
  await trx
    .insertInto('aid_ledger_entry')
    .values({
      id: entryId,
      household_id: household.id,
      org_path: household.orgPath,
      kind: 'PAYMENT',
      programme: input.programme,
      funding_source: input.fundingSource,
      amount_fen: input.amountFen,
      reverses_entry_id: null,
      request_id: input.requestId ?? newId(now.getTime()),
      measure_id: input.measureId ?? null,
      campaign_id: input.campaignId ?? null,
      paid_on: input.paidOn,
      counts_as_income: countsAsIncome,
      approver_id: input.approverId ?? null,
      payee_account_last4: household.bankAccountLast4,
      standard_basis: JSON.stringify(input.basis),
      created_by: ctx.actor?.userId ?? null,
      created_at: now,
    })
    .execute();
  await trx
    .insertInto('aid_payment_key')
    .values({ idempotency_key: input.idempotencyKey, request_hash: hash, entry_id: entryId, created_at: now })
    .execute();
  if (filed) {
    await transitionHousehold(trx, ctx, {
      householdId: household.id,
      event: 'RECORD_AID',
      payload: { entryId, programme: input.programme, amountFen: input.amountFen },
      actorKind: ctx.actor ? 'STAFF' : 'SYSTEM',
    });
  }
  await appendAudit(trx, ctx, {
    action: 'aid.payment.record',
    entityType: 'aid_ledger_entry',
    entityId: entryId,
    after: { ...payload, countsAsIncome, payeeAccountLast4: household.bankAccountLast4 },
  });
  return { entryId, duplicate: false };
}
