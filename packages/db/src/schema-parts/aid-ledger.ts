import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0008-aid-ledger (一户一计划, payment requests, the 帮扶台账, recoveries). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantNullable = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

export interface AidPlanTable {
  id: string;
  household_id: string;
  org_path: string;
  /** 1, 2, … per household. */
  plan_no: number;
  /** DRAFT | SIGNED | SUPERSEDED */
  status: string;
  responsible_cadre_id: string;
  planned_exit_year: number;
  signed_at: InstantNullable;
  /** PORTAL | PAPER */
  signed_via: string | null;
  signature_attachment_id: string | null;
  signer_name: string | null;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface AidPlanMeasureTable {
  id: string;
  plan_id: string;
  seq: number;
  /** AidMeasureKind */
  kind: string;
  /** HardshipCause */
  cause: string;
  description: string;
  target_date: string | null;
  /** PLANNED | IN_PROGRESS | DONE */
  status: Generated<string>;
  planned_amount_fen: number | null;
}

export interface AidRequestTable {
  id: string;
  idempotency_key: string;
  request_hash: string;
  household_id: string;
  org_path: string;
  plan_id: string | null;
  measure_id: string | null;
  programme: string;
  amount_fen: number;
  funding_source: string;
  paid_on: string | null;
  note: string;
  /** PENDING_APPROVAL | APPROVED | REJECTED | PAID */
  status: string;
  /** ApprovalLevel */
  required_level: string;
  policy_version: number;
  rule_basis: unknown;
  requested_by: string;
  decided_by: string | null;
  decided_at: InstantNullable;
  decision_reason: string | null;
  external_approval_ref: string | null;
  ledger_entry_id: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

/** Append-only: a trigger refuses UPDATE and DELETE. */
export interface AidLedgerEntryTable {
  id: string;
  seq: Generated<number>;
  household_id: string;
  org_path: string;
  /** PAYMENT (amount > 0) | RECOVERY (amount < 0) */
  kind: string;
  programme: string;
  funding_source: string;
  amount_fen: number;
  reverses_entry_id: string | null;
  /** The aid_request, recovery or idempotency record the entry came from. */
  request_id: string;
  measure_id: string | null;
  campaign_id: string | null;
  paid_on: string;
  counts_as_income: boolean;
  approver_id: string | null;
  payee_account_last4: string | null;
  standard_basis: unknown;
  created_by: string | null;
  created_at: Instant;
}

export interface AidPaymentKeyTable {
  idempotency_key: string;
  request_hash: string;
  entry_id: string;
  created_at: Instant;
}

export interface AidRecoveryTable {
  id: string;
  payment_entry_id: string;
  household_id: string;
  org_path: string;
  amount_fen: number;
  reason: string;
  /** SPOT_CHECK | CORRECTION | CANCELLATION */
  source: string;
  source_id: string | null;
  /** DUE | SETTLED | WAIVED */
  status: Generated<string>;
  settled_entry_id: string | null;
  settled_on: string | null;
  waive_reason: string | null;
  opened_by: string | null;
  closed_by: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface AidLedgerTables {
  aid_plan: AidPlanTable;
  aid_plan_measure: AidPlanMeasureTable;
  aid_request: AidRequestTable;
  aid_ledger_entry: AidLedgerEntryTable;
  aid_payment_key: AidPaymentKeyTable;
  aid_recovery: AidRecoveryTable;
}
