import type { ColumnType, Generated } from 'kysely';
import type { AidLedgerTables } from './schema-parts/aid-ledger';
import type { ApplicationSurveyTables } from './schema-parts/application-survey';
import type { AssessmentTables } from './schema-parts/assessment';
import type { EmploymentSupportTables } from './schema-parts/employment-support';
import type { FestivalAidTables } from './schema-parts/festival-aid';
import type { HouseholdImportTables } from './schema-parts/household-import';
import type { MutualAidClaimTables } from './schema-parts/mutual-aid-claims';
import type { MutualAidSchemeTables } from './schema-parts/mutual-aid-schemes';
import type { NotificationTables } from './schema-parts/notifications';
import type { OversightTables } from './schema-parts/oversight';
import type { RetentionTables } from './schema-parts/retention';
import type { ReviewNoticeTables } from './schema-parts/review-notice';
import type { StatisticsTables } from './schema-parts/statistics';
import type { SurveyCampaignTables } from './schema-parts/survey-campaigns';
import type { WorkerPortalTables } from './schema-parts/worker-portal';

/**
 * Row types as the drivers return them (see driver/type-parsers): int8 → number,
 * date → 'YYYY-MM-DD', timestamptz → ISO string. Writes may pass a Date or a string.
 */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantRequired = ColumnType<string, string | Date, string | Date>;

export interface OrgUnitTable {
  id: string;
  code: string;
  name: string;
  name_en: string;
  kind: string;
  division_code: string | null;
  parent_id: string | null;
  path: string;
  hotline: string | null;
  created_at: Instant;
}

export interface StaffUserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  org_id: string;
  roles: string[];
  active: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Date | string | null;
  created_at: Instant;
  version: Generated<number>;
  /** The cadre's work phone (printed on contact cards), encrypted; null when not given. */
  phone_enc: Buffer | Uint8Array | null;
  phone_last4: string | null;
}

export interface StaffSessionTable {
  token_hash: string;
  user_id: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: InstantRequired;
  ip: string | null;
  user_agent: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: InstantRequired;
  locked_until: Date | string | null;
}

export interface HouseholdTable {
  id: string;
  file_no: string | null;
  org_id: string;
  org_path: string;
  division_code: string;
  address: string;
  postal_code: string | null;
  housing_type: string;
  area_band: string;
  standard_version: string;
  category: string;
  main_cause: string;
  secondary_causes: string[];
  cause_note: string | null;
  other_annual_income_fen: number;
  monthly_income_fen: number;
  union_member: boolean;
  union_card_no: string | null;
  employer_name: string | null;
  single_parent: boolean;
  zero_employment: boolean;
  self_help_capacity: boolean;
  bank_name: string | null;
  bank_branch: string | null;
  bank_account_enc: Buffer | Uint8Array | null;
  bank_account_last4: string | null;
  status: string;
  head_name: string;
  member_count: number;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  previous_household_id: ColumnType<string | null, string | null | undefined, string | null>;
  status_since: ColumnType<string | null, string | Date | null | undefined, string | Date | null>;
  /** 所属行业 of the worker (brief §4.2); null on files made without it. */
  industry: string | null;
  /** 1户1技能, kept by triggers on the skill sources (migration 0017); never written by code. */
  has_skill: ColumnType<boolean, never, never>;
}

export interface HouseholdMemberTable {
  id: string;
  household_id: string;
  seq: number;
  name: string;
  relation: string;
  id_number_enc: Buffer | Uint8Array;
  id_number_bidx: string;
  id_prefix6: string;
  id_last4: string;
  sex: string;
  birth_date: string;
  ethnicity: string;
  health: string;
  disability_kind: string | null;
  disability_grade: string | null;
  work_status: string;
  monthly_income_fen: number;
  school_stage: string;
  medical_insurance: string;
  phone_enc: Buffer | Uint8Array | null;
  phone_last4: string | null;
}

export interface ActiveIdNumberTable {
  id_number_bidx: string;
  household_id: string;
  member_id: string;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: string;
  at: InstantRequired;
  actor_id: string | null;
  actor_role: string | null;
  actor_org_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  purpose: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AppMetaTable {
  key: string;
  value: unknown;
  updated_at: Instant;
}

export interface EmployerTable {
  id: string;
  org_id: string;
  org_path: string;
  name: string;
  division_code: string;
  industry: string;
  address: string;
  contact_name: string | null;
  contact_phone_enc: Buffer | Uint8Array | null;
  contact_phone_last4: string | null;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface PositionTable {
  id: string;
  employer_id: string;
  org_path: string;
  title: string;
  category: string;
  division_code: string;
  work_address: string;
  salary_min_fen: number;
  salary_max_fen: number;
  headcount: number;
  filled: Generated<number>;
  hours: string;
  requirements: string | null;
  skills: string[];
  suitability: string[];
  valid_from: string;
  valid_to: string;
  training_course_id: string | null;
  status: string;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface JobFairTable {
  id: string;
  organiser_org_id: string;
  org_path: string;
  name: string;
  programme: string;
  division_code: string;
  venue: string;
  start_date: string;
  end_date: string;
  status: string;
  published_at: ColumnType<string | null, string | Date | null | undefined, string | Date | null>;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface FairBoothTable {
  fair_id: string;
  employer_id: string;
  booth_no: string;
}

export interface FairPositionTable {
  fair_id: string;
  position_id: string;
  employer_id: string;
}

export interface FairInterestTable {
  fair_id: string;
  position_id: string;
  count: number;
}

export interface TrainingCourseTable {
  id: string;
  org_id: string;
  org_path: string;
  title: string;
  category: string;
  skill: string;
  partner: string;
  start_date: string;
  end_date: string;
  capacity: number;
  certificate: string | null;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface TrainingEnrollmentTable {
  id: string;
  course_id: string;
  household_id: string;
  member_id: string;
  status: string;
  attendance_days: Generated<number>;
  skill_grade: string | null;
  completed_on: string | null;
  created_at: Instant;
  updated_at: Instant;
  version: Generated<number>;
}

export interface PlacementTable {
  id: string;
  household_id: string;
  member_id: string;
  position_id: string | null;
  employer_id: string;
  employer_name_snapshot: string;
  start_date: string;
  monthly_wage_fen: number;
  retention_due: string;
  retention_checked_on: string | null;
  retained: boolean | null;
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface PolicyVersionTable {
  kind: string;
  version: number;
  body: unknown;
  effective_from: string;
  note: string | null;
  created_by: string | null;
  created_at: Instant;
}

export interface IdentStepTable {
  id: string;
  household_id: string;
  seq: number;
  event: string;
  from_status: string;
  to_status: string;
  actor_id: string | null;
  /** STAFF, WORKER (the worker in the portal) or SYSTEM (a notice ending on its own). */
  actor_kind: Generated<string>;
  org_id: string | null;
  at: InstantRequired;
  note: string | null;
  payload: unknown;
}

export interface Database
  extends ApplicationSurveyTables,
    ReviewNoticeTables,
    AidLedgerTables,
    WorkerPortalTables,
    OversightTables,
    FestivalAidTables,
    MutualAidSchemeTables,
    MutualAidClaimTables,
    NotificationTables,
    EmploymentSupportTables,
    StatisticsTables,
    SurveyCampaignTables,
    AssessmentTables,
    HouseholdImportTables,
    RetentionTables {
  policy_version: PolicyVersionTable;
  ident_step: IdentStepTable;
  org_unit: OrgUnitTable;
  staff_user: StaffUserTable;
  staff_session: StaffSessionTable;
  auth_throttle: AuthThrottleTable;
  household: HouseholdTable;
  household_member: HouseholdMemberTable;
  active_id_number: ActiveIdNumberTable;
  audit_event: AuditEventTable;
  app_meta: AppMetaTable;
  employer: EmployerTable;
  position: PositionTable;
  job_fair: JobFairTable;
  fair_booth: FairBoothTable;
  fair_position: FairPositionTable;
  fair_interest: FairInterestTable;
  training_course: TrainingCourseTable;
  training_enrollment: TrainingEnrollmentTable;
  placement: PlacementTable;
}
