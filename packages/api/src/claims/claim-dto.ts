import {
  type AdjudicationResult,
  type AdjudicationStep,
  type Claim,
  type ClaimStatus,
  type ClaimSubmitter,
  explainAdjudication,
  type Label,
  type SecondReviewReason,
} from '@bangfu/domain';
import type { ClaimRow } from './claim-rows';

export interface ClaimSummaryDto {
  id: string;
  version: number;
  status: ClaimStatus;
  memberName: string;
  planCode: string;
  schemeCode: string;
  schemeVersion: number;
  termYear: number;
  eventDate: string;
  payableFen: number;
  approvedFen: number | null;
  secondReviewReason: SecondReviewReason | null;
  submittedByKind: ClaimSubmitter;
  submittedAt: string;
}

export interface ClaimDto extends ClaimSummaryDto {
  enrolmentId: string;
  memberId: string;
  claim: Claim;
  steps: AdjudicationStep[];
  refused: AdjudicationResult['refused'] | null;
  /** The steps in plain words, as the worker reads them. */
  explanation: Label;
  policyVersion: number;
  firstReviewerId: string | null;
  secondReviewerId: string | null;
  decisionReason: string | null;
  paidEntryId: string | null;
  paidOn: string | null;
}

export function toClaimSummary(row: ClaimRow & { member_name: string }): ClaimSummaryDto {
  return {
    id: row.id,
    version: row.version,
    status: row.status as ClaimStatus,
    memberName: row.member_name,
    planCode: row.plan_code,
    schemeCode: row.scheme_code,
    schemeVersion: row.scheme_version,
    termYear: row.term_year,
    eventDate: row.event_date,
    payableFen: Number(row.payable_fen),
    approvedFen: row.approved_fen === null ? null : Number(row.approved_fen),
    secondReviewReason: row.second_review_reason as SecondReviewReason | null,
    submittedByKind: row.submitted_by_kind as ClaimSubmitter,
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
}

/** Both languages of the plain-words explanation of a stored adjudication. */
export function explainStored(adjudication: unknown): Label {
  const result = adjudication as AdjudicationResult;
  return { zh: explainAdjudication(result, 'zh'), en: explainAdjudication(result, 'en') };
}

export function toClaimDto(row: ClaimRow & { member_name: string }): ClaimDto {
  const result = row.adjudication as AdjudicationResult;
  return {
    ...toClaimSummary(row),
    enrolmentId: row.enrolment_id,
    memberId: row.member_id,
    claim: row.body as Claim,
    steps: result.steps,
    refused: result.refused ?? null,
    explanation: explainStored(result),
    policyVersion: row.policy_version,
    firstReviewerId: row.first_reviewer_id,
    secondReviewerId: row.second_reviewer_id,
    decisionReason: row.decision_reason,
    paidEntryId: row.paid_entry_id,
    paidOn: row.paid_on,
  };
}
