import { newId, withTransaction } from '@bangfu/db';
import {
  AID_ELIGIBLE_STATUSES,
  AID_POLICY_KIND,
  AidPolicySchema,
  type AidRequestStatus,
  type ApprovalLevel,
  approvalRank,
  checkPaymentRules,
  DEFAULT_AID_POLICY,
  DomainError,
  type PaymentRequest,
  PLAN_EXEMPT_PROGRAMMES,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { loadPolicy } from '../policies/load-policy';
import { idempotencyMismatch, type StaffContext } from './aid-errors';
import { householdAidFacts, yearToDate } from './household-aid-facts';
import { lockAidHousehold } from './lock-household';
import { approvalLevelOfOrg } from './org-level';
import { assertPlanAndMeasure } from './plan-guard';
import { recheckStillQualifies } from './recheck-still-qualifies';
import { lockIdempotencyKey, requestHash } from './request-hash';

export interface RequestedPayment {
  requestId: string;
  status: AidRequestStatus;
  requiredLevel: ApprovalLevel;
  version: number;
  /** True when the key had been seen: the first request is returned, nothing new written. */
  duplicate: boolean;
}

/**
 * Requests an aid payment: checks the file, the signed plan and the programme rules of brief
 * §6.2, then either approves it at once (the requester's level suffices) or leaves it waiting
 * for the level the rules require. Idempotent by key.
 */
export async function requestPayment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PaymentRequest;
}): Promise<RequestedPayment> {
  return withTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    const paidOn = input.paidOn ?? businessDate(now);
    const { idempotencyKey, ...asked } = input;
    const hash = requestHash({ ...asked, paidOn });
    await lockIdempotencyKey(trx, 'aid_request', idempotencyKey);
    const seen = await trx
      .selectFrom('aid_request')
      .select(['id', 'request_hash', 'status', 'required_level', 'version'])
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    if (seen) {
      if (seen.request_hash !== hash) throw idempotencyMismatch();
      const s = seen as typeof seen & { status: AidRequestStatus; required_level: ApprovalLevel };
      return {
        requestId: s.id,
        status: s.status,
        requiredLevel: s.required_level,
        version: s.version,
        duplicate: true,
      };
    }

    const household = await lockAidHousehold(trx, ctx, input.householdId);
    if (
      !AID_ELIGIBLE_STATUSES.includes(household.status) &&
      !PLAN_EXEMPT_PROGRAMMES.includes(input.programme)
    ) {
      throw new DomainError(
        'NOT_ELIGIBLE',
        {
          zh: '先建档、后帮扶:档案未建档,不能申请此项帮扶',
          en: 'File first, aid after: this household is not filed',
        },
        { status: household.status },
      );
    }
    const planId = await assertPlanAndMeasure(trx, household, input);
    const policy = await loadPolicy(trx, AID_POLICY_KIND, AidPolicySchema, DEFAULT_AID_POLICY, paidOn);
    const { facts, dibaoLine } = await householdAidFacts(trx, household, paidOn);
    const ytd = await yearToDate(trx, household.id, paidOn);
    const decision = checkPaymentRules(input, facts, ytd, policy.body);
    if (!decision.ok) {
      throw new DomainError('RULE_VIOLATION', decision.rule.label, {
        rule: decision.rule,
        policyVersion: policy.version,
      });
    }
    // The programme's caps first (they need no assessment), then §2.4's income recheck.
    const recheck = await recheckStillQualifies(trx, { ...input, paidOn }, policy.body);
    const requesterLevel = await approvalLevelOfOrg(trx, ctx.actor.orgId);
    const approved = approvalRank(requesterLevel) >= approvalRank(decision.requiredLevel);
    const status: AidRequestStatus = approved ? 'APPROVED' : 'PENDING_APPROVAL';
    const basis = { policyVersion: policy.version, dibaoLine, facts, yearToDate: ytd, decision, recheck };
    const requestId = newId(now.getTime());
    await trx
      .insertInto('aid_request')
      .values({
        id: requestId,
        idempotency_key: idempotencyKey,
        request_hash: hash,
        household_id: household.id,
        org_path: household.orgPath,
        plan_id: planId,
        measure_id: input.measureId,
        programme: input.programme,
        amount_fen: input.amountFen,
        funding_source: input.fundingSource,
        paid_on: paidOn,
        note: input.note,
        status,
        required_level: decision.requiredLevel,
        policy_version: policy.version,
        rule_basis: JSON.stringify(basis),
        requested_by: ctx.actor.userId,
        decided_by: approved ? ctx.actor.userId : null,
        decided_at: approved ? now : null,
        decision_reason: approved ? 'requester level suffices' : null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'aid.payment.request',
      entityType: 'aid_request',
      entityId: requestId,
      after: {
        ...asked,
        paidOn,
        status,
        requiredLevel: decision.requiredLevel,
        policyVersion: policy.version,
      },
    });
    return { requestId, status, requiredLevel: decision.requiredLevel, version: 1, duplicate: false };
  });
}
