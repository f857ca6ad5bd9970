import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<string, string | Date, string | Date>;
type NullableInstant = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

/** 回避申报: a staff member's own ID, a relative's ID, or their employer. */
export interface StaffDeclarationTable {
  id: string;
  user_id: string;
  kind: string;
  id_number_bidx: string | null;
  id_masked: string | null;
  relation: string | null;
  person_name: string | null;
  employer_name_norm: string | null;
  declared_at: Instant;
  withdrawn_at: NullableInstant;
  version: Generated<number>;
}

export interface DemocraticReviewTable {
  id: string;
  household_id: string;
  meeting_date: string;
  participants: unknown;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  outcome: string;
  minutes: string;
  minutes_attachment_id: string | null;
  recorded_by: string;
  recorded_at: Instant;
}

export interface IncomeCheckTable {
  id: string;
  household_id: string;
  centre: string;
  requested_on: string;
  responded_on: string;
  result_summary_enc: Buffer | Uint8Array;
  discrepancy: boolean;
  recorded_by: string;
  recorded_at: Instant;
}

export interface PublicNoticeTable {
  id: string;
  household_id: string;
  org_id: string;
  org_path: string;
  scopes: string[];
  start_date: string;
  end_date: string;
  working_days: number;
  calendar_version: number;
  policy_version: number;
  content: unknown;
  status: Generated<string>;
  ended_at: NullableInstant;
  created_by: string | null;
  created_at: Instant;
  version: Generated<number>;
}

export interface NoticeObjectionTable {
  id: string;
  notice_id: string;
  received_on: string;
  channel: string;
  summary: string;
  status: Generated<string>;
  handling: string | null;
  handled_by: string | null;
  handled_at: NullableInstant;
  recorded_by: string;
  recorded_at: Instant;
  version: Generated<number>;
}

export interface IdentApprovalTable {
  id: string;
  household_id: string;
  level: string;
  org_id: string;
  reviewer_id: string;
  decision: string;
  reason: string | null;
  stamped: boolean;
  file_no: string | null;
  notice_id: string | null;
  decided_at: Instant;
}

export interface FileNoCounterTable {
  division_code: string;
  year: number;
  last_no: number;
}

/** Row types of migration 0007-review-notice. */
export interface ReviewNoticeTables {
  staff_declaration: StaffDeclarationTable;
  democratic_review: DemocraticReviewTable;
  income_check: IncomeCheckTable;
  public_notice: PublicNoticeTable;
  notice_objection: NoticeObjectionTable;
  ident_approval: IdentApprovalTable;
  file_no_counter: FileNoCounterTable;
}
