import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0013-mutual-aid-claims (互助理赔 and the append-only fund ledger). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantNullable = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

export interface MaClaimTable {
  id: string;
  enrolment_id: string;
  member_id: string;
  household_id: string | null;
  org_path: string;
  plan_code: string;
  scheme_id: string;
  scheme_code: string;
  /** The scheme version the claim was adjudicated under. */
  scheme_version: number;
  term_year: number;
  event_date: string;
  /** The claim as submitted (ClaimSchema); written as JSON.stringify. */
  body: unknown;
  documents: string[];
  /** STAFF | WORKER */
  submitted_by_kind: string;
  /** A staff user id, or the portal worker's household member id. */
  submitted_by: string;
  submitted_at: Instant;
  /** SUBMITTED | ADJUDICATED | SECOND_REVIEW | APPROVED | REJECTED | PAID */
  status: string;
  /** {payableFen, steps, refused?}; written as JSON.stringify. */
  adjudication: unknown;
  payable_fen: number;
  approved_fen: number | null;
  /** Version of the MUTUAL_AID_CLAIMS policy that drew the second review. */
  policy_version: number;
  /** RANDOM | ABOVE_AMOUNT, or null when one review suffices. */
  second_review_reason: string | null;
  first_reviewer_id: string | null;
  first_reviewed_at: InstantNullable;
  second_reviewer_id: string | null;
  second_reviewed_at: InstantNullable;
  decision_reason: string | null;
  paid_entry_id: string | null;
  paid_on: string | null;
  idempotency_key: string;
  request_hash: string;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
export interface MaFundEntryTable {
  id: string;
  seq: Generated<number>;
  scheme_id: string;
  org_path: string;
  /** CONTRIBUTION | CLAIM_PAYOUT | PHARMACY_TOP_UP */
  kind: string;
  /** PayerKind, for contributions and top-ups. */
  payer: string | null;
  member_id: string;
  claim_id: string | null;
  amount_fen: number;
  idempotency_key: string;
  paid_on: string;
  created_by: string | null;
  created_at: Instant;
}

export interface MutualAidClaimTables {
  ma_claim: MaClaimTable;
  ma_fund_entry: MaFundEntryTable;
}
