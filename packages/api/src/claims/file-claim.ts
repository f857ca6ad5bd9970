import { type Database, newId } from '@bangfu/db';
import {
  adjudicateClaim,
  type Claim,
  type ClaimStatus,
  type ClaimSubmitter,
  DocumentKind,
  DomainError,
  drawSecondReview,
  requiredDocuments,
} from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { requestHash } from '../aid/request-hash';
import { type AuditWorker, appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { Context } from '../context';
import type { ClaimEnrolment } from './claim-enrolment';
import { loadClaimHistory } from './claim-history';
import { loadClaimsPolicy } from './claims-policy';

export interface FiledClaim {
  readonly id: string;
  readonly version: number;
  readonly status: ClaimStatus;
  readonly payableFen: number;
  /** True when the key had already filed this claim: nothing new was written. */
  readonly duplicate: boolean;
}

const fieldError = (field: string, zh: string, en: string, details: Record<string, unknown> = {}) =>
  new DomainError('VALIDATION', { zh, en }, { ...details, fieldErrors: { [field]: [`${zh} / ${en}`] } });

/** The claim must be for the enrolled plan and carry every paper of the §7.1 checklist. */
function assertClaimable(e: ClaimEnrolment, claim: Claim): void {
  if (claim.planCode !== e.planCode || !e.plan) {
    throw fieldError('claim.planCode', '申请的计划与参保计划不符', 'The claim is not for the enrolled plan', {
      enrolledPlan: e.planCode,
    });
  }
  const missing = requiredDocuments(e.plan.type, claim.kind).filter((d) => !claim.documents.includes(d));
  if (missing.length === 0) return;
  const zh = missing.map((d) => DocumentKind.label(d, 'zh')).join('、');
  const en = missing.map((d) => DocumentKind.label(d, 'en')).join(', ');
  throw fieldError('claim.documents', `申领材料不全,缺少:${zh}`, `Documents missing: ${en}`, { missing });
}

/**
 * Files one claim and adjudicates it at once under the scheme version in force; stores the steps,
 * the version and the second-review draw. Replay-safe by key: the same key and claim return the
 * first filing; the same key for another claim is IDEMPOTENCY_MISMATCH.
 */
export async function fileClaim(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'actor' | 'ip' | 'now'> & { readonly auditWorker?: AuditWorker | null },
  input: {
    enrolment: ClaimEnrolment;
    claim: Claim;
    idempotencyKey: string;
    submitter: { kind: ClaimSubmitter; id: string };
    /** The claim as the caller sent it, when `claim` was completed on the server. */
    sent?: Claim;
  },
): Promise<FiledClaim> {
  const { enrolment: e, claim } = input;
  const hash = requestHash({ enrolmentId: e.enrolmentId, claim: input.sent ?? claim });
  const seen = await trx
    .selectFrom('ma_claim')
    .select(['id', 'version', 'status', 'payable_fen', 'request_hash'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (seen) {
    if (seen.request_hash !== hash) {
      throw new DomainError('IDEMPOTENCY_MISMATCH', {
        zh: '该幂等键已用于另一份理赔申请',
        en: 'This idempotency key was already used for another claim',
      });
    }
    const payableFen = Number(seen.payable_fen);
    return {
      id: seen.id,
      version: seen.version,
      status: seen.status as ClaimStatus,
      payableFen,
      duplicate: true,
    };
  }
  assertClaimable(e, claim);
  const now = ctx.now();
  const history = await loadClaimHistory(trx, {
    memberId: e.memberId,
    schemeCode: e.schemeRow.code,
    termYear: e.termYear,
  });
  const result = adjudicateClaim(e.scheme, e.member, claim, history);
  const id = newId(now.getTime());
  const policy = await loadClaimsPolicy(trx, businessDate(now));
  const secondReview = drawSecondReview({ claimId: id, payableFen: result.payableFen }, policy.body);
  const row = {
    id,
    enrolment_id: e.enrolmentId,
    member_id: e.memberId,
    household_id: e.householdId,
    org_path: e.orgPath,
    plan_code: claim.planCode,
    scheme_id: e.schemeRow.id,
    scheme_code: e.schemeRow.code,
    scheme_version: e.schemeRow.version,
    term_year: e.termYear,
    event_date: claim.eventDate,
    body: JSON.stringify(claim),
    documents: [...claim.documents],
    submitted_by_kind: input.submitter.kind,
    submitted_by: input.submitter.id,
    submitted_at: now,
    status: 'ADJUDICATED',
    adjudication: JSON.stringify(result),
    payable_fen: result.payableFen,
    policy_version: policy.version,
    second_review_reason: secondReview,
    idempotency_key: input.idempotencyKey,
    request_hash: hash,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('ma_claim').values(row).execute();
  await appendAudit(trx, ctx, {
    action: 'mutualAid.claim.submit',
    entityType: 'ma_claim',
    entityId: id,
    after: {
      enrolmentId: e.enrolmentId,
      submittedBy: input.submitter,
      schemeVersion: e.schemeRow.version,
      payableFen: result.payableFen,
      refused: result.refused?.code ?? null,
      secondReview,
      policyVersion: policy.version,
    },
  });
  return { id, version: 1, status: 'ADJUDICATED', payableFen: result.payableFen, duplicate: false };
}
