import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0010-oversight (volunteers, spot checks, reviews, exits, follow-ups). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantRequired = ColumnType<string, string | Date, string | Date>;
type InstantNullable = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;
type Bytes = Buffer | Uint8Array;

export interface VolunteerProfileTable {
  user_id: string;
  /** The volunteer account's own org path: who manages them. */
  org_path: string;
  association: string;
  /** Their own unit or community union; never assigned a household of it. */
  home_org_id: string;
  active: Generated<boolean>;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface VerificationVisitTable {
  id: string;
  household_id: string;
  org_path: string;
  volunteer_id: string;
  assigned_by: string;
  assigned_at: InstantRequired;
  due_on: string;
  seed: string;
  status: Generated<string>;
  findings: string | null;
  outcome: string | null;
  completed_at: InstantNullable;
  version: Generated<number>;
}

export interface VolunteerReferralTable {
  id: string;
  referred_by: string;
  org_id: string;
  org_path: string;
  person_name: string;
  phone_enc: Bytes | null;
  phone_last4: string | null;
  address_note: string;
  reason: string;
  status: Generated<string>;
  household_id: string | null;
  created_at: InstantRequired;
  decided_by: string | null;
  decided_at: InstantNullable;
  version: Generated<number>;
}

export interface SpotCheckTable {
  id: string;
  org_id: string;
  org_path: string;
  drawn_by: string;
  drawn_at: InstantRequired;
  drawn_on: string;
  seed: string;
  share_permille: number;
  stratify_by: string;
  statuses: string[];
  population_count: number;
  sample_count: number;
  policy_version: number;
}

export interface SpotCheckItemTable {
  id: string;
  spot_check_id: string;
  household_id: string;
  org_id: string;
  org_path: string;
  stratum: string;
  status_at_draw: string;
  checker_id: string | null;
  outcome: string | null;
  note: string | null;
  checked_at: InstantNullable;
  /** Attribution frozen when the finding is recorded (谁调查、谁登记、谁审核). */
  surveyor_ids: ColumnType<string[], string[] | undefined, string[]>;
  registrar_id: string | null;
  reviewer_id: string | null;
  version: Generated<number>;
}

export interface RectificationOrderTable {
  id: string;
  spot_check_item_id: string;
  org_id: string;
  org_path: string;
  issued_by: string;
  issued_at: InstantRequired;
  text: string;
  due_on: string;
  status: Generated<string>;
  version: Generated<number>;
}

export interface AnnualReviewTable {
  id: string;
  household_id: string;
  org_path: string;
  year: number;
  reason: string;
  started_at: InstantRequired;
  started_by: string | null;
  note: string | null;
  outcome: string | null;
  exit_reason: string | null;
  recomputed_pcni_fen: number | null;
  new_category: string | null;
  completed_at: InstantNullable;
  completed_by: string | null;
  policy_version: Generated<number>;
  version: Generated<number>;
}

export interface FileExitTable {
  household_id: string;
  org_path: string;
  type: string;
  reason: string;
  effective_date: string;
  report_to_higher: Generated<boolean>;
  decided_by: string;
  decided_at: InstantRequired;
  note: string | null;
}

export interface FollowUpCallTable {
  id: string;
  household_id: string;
  org_path: string;
  seq: number;
  due_on: string;
  done_on: string | null;
  outcome: string | null;
  note: string | null;
  called_by: string | null;
  version: Generated<number>;
}

export interface OversightTables {
  volunteer_profile: VolunteerProfileTable;
  verification_visit: VerificationVisitTable;
  volunteer_referral: VolunteerReferralTable;
  spot_check: SpotCheckTable;
  spot_check_item: SpotCheckItemTable;
  rectification_order: RectificationOrderTable;
  annual_review: AnnualReviewTable;
  file_exit: FileExitTable;
  follow_up_call: FollowUpCallTable;
}
