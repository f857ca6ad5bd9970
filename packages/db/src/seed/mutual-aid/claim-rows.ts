import { createHash } from 'node:crypto';
import { DEFAULT_MUTUAL_AID_CLAIMS_POLICY, drawSecondReview } from '@bangfu/domain';
import type { Insertable } from 'kysely';
import { newId } from '../../ids';
import type { MaClaimTable, MaFundEntryTable } from '../../schema-parts/mutual-aid-claims';
import { countyCaseworkerUsername } from '../demo-accounts';
import type { ClaimShape } from './claim-bodies';
import type { Adjudicated } from './claim-payouts';
import { addIsoDays, type MutualAidSeedContext, officeHours } from './context';
import { MUTUAL_AID_TERM_YEAR } from './targets';

export interface ClaimRows {
  readonly claim: Insertable<MaClaimTable>;
  readonly entry: Insertable<MaFundEntryTable>;
}

/** Who second-reviews and pays seeded claims: the province's fund officer. */
const FUND_OFFICER = 'fund.officer';

/**
 * A claim filed by the unit's county federation, adjudicated under version 1 of its scheme, reviewed
 * (a second time when the claims policy's version 0 draws it) and paid through the fund ledger with
 * the key the API's payClaim uses, so paying it again is a no-op.
 */
export function claimRows(
  ctx: MutualAidSeedContext,
  input: { shape: ClaimShape; adjudicated: Adjudicated; schemeId: string },
): ClaimRows {
  const { shape, adjudicated } = input;
  const { enrolled } = shape;
  const submittedAt = officeHours(shape.submittedOn);
  const id = newId(submittedAt.getTime(), ctx.idRng.bytes(10));
  const entryId = newId(officeHours(shape.paidOn).getTime(), ctx.idRng.bytes(10));
  const payable = adjudicated.result.payableFen;
  const caseworker = ctx.staffId(countyCaseworkerUsername(enrolled.unit.countyCode));
  const secondReview = drawSecondReview(
    { claimId: id, payableFen: payable },
    DEFAULT_MUTUAL_AID_CLAIMS_POLICY,
  );
  const reviewedOn = addIsoDays(shape.submittedOn, 2);
  const claim: Insertable<MaClaimTable> = {
    id,
    enrolment_id: enrolled.enrolmentId,
    member_id: enrolled.memberId,
    household_id: enrolled.householdId,
    org_path: enrolled.unit.org.path,
    plan_code: enrolled.plan.code,
    scheme_id: input.schemeId,
    scheme_code: enrolled.unit.scheme.code,
    scheme_version: 1,
    term_year: MUTUAL_AID_TERM_YEAR,
    event_date: shape.eventDate,
    body: JSON.stringify(adjudicated.body),
    documents: [...adjudicated.body.documents],
    submitted_by_kind: 'STAFF',
    submitted_by: caseworker,
    submitted_at: submittedAt,
    status: 'PAID',
    adjudication: JSON.stringify(adjudicated.result),
    payable_fen: payable,
    approved_fen: payable,
    policy_version: 0,
    second_review_reason: secondReview,
    first_reviewer_id: caseworker,
    first_reviewed_at: officeHours(reviewedOn),
    second_reviewer_id: secondReview ? ctx.staffId(FUND_OFFICER) : null,
    second_reviewed_at: secondReview ? officeHours(addIsoDays(reviewedOn, 1)) : null,
    decision_reason: null,
    paid_entry_id: entryId,
    paid_on: shape.paidOn,
    idempotency_key: `seed-claim:${id}`,
    request_hash: createHash('sha256')
      .update(JSON.stringify({ enrolmentId: enrolled.enrolmentId, claim: adjudicated.body }))
      .digest('hex'),
    created_at: submittedAt,
    updated_at: officeHours(shape.paidOn),
  };
  const entry: Insertable<MaFundEntryTable> = {
    id: entryId,
    scheme_id: input.schemeId,
    org_path: enrolled.unit.org.path,
    kind: 'CLAIM_PAYOUT',
    payer: null,
    member_id: enrolled.memberId,
    claim_id: id,
    amount_fen: payable,
    // payClaim's key (claimPayoutKey): one claim, one payout.
    idempotency_key: `claim:${id}`,
    paid_on: shape.paidOn,
    created_by: ctx.staffId(FUND_OFFICER),
    created_at: officeHours(shape.paidOn),
  };
  return { claim, entry };
}
