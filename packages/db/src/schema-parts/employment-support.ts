import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0015-employment-support (training extras, start-ups, struggling enterprises). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type Fen = ColumnType<number, number, number>;

interface Audited {
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

/** 培训场次: one session of a course and its head count (人次). */
export interface TrainingSessionTable extends Audited {
  id: string;
  course_id: string;
  org_path: string;
  held_on: string;
  topic: string;
  attendance: number;
}

/** 实习顶岗. */
export interface InternshipTable extends Audited {
  id: string;
  household_id: string;
  member_id: string;
  employer_id: string;
  employer_name_snapshot: string;
  position_id: string | null;
  start_date: string;
  end_date: string | null;
  stipend_fen: Fen;
  mentor_name: string | null;
  outcome: Generated<string>;
}

/** 技能比武. */
export interface SkillCompetitionTable extends Audited {
  id: string;
  org_id: string;
  org_path: string;
  title: string;
  trade: string;
  level: string;
  held_on: string;
}

export interface CompetitionEntryTable extends Audited {
  id: string;
  competition_id: string;
  household_id: string;
  member_id: string;
  rank: number | null;
  grade_awarded: string | null;
}

/** 师徒带徒. */
export interface MentorshipTable extends Audited {
  id: string;
  household_id: string;
  member_id: string;
  mentor_name: string;
  mentor_unit: string;
  trade: string;
  start_date: string;
  target_grade: string;
  status: Generated<string>;
  outcome_grade: string | null;
  ended_on: string | null;
}

/** A read-only view: every grade a member earned through training, competitions or mentoring. */
export interface MemberSkillGradeView {
  /** The enrollment, competition entry or mentorship the grade came from. */
  source_id: string;
  member_id: string;
  household_id: string;
  skill: string;
  grade: string | null;
  source: string;
  obtained_on: string | null;
}

/** 创业扶持个案, with its guaranteed loan (惠工贷) once granted. */
export interface StartupCaseTable extends Audited {
  id: string;
  household_id: string;
  member_id: string;
  business_name: string;
  sector: string;
  stage: string;
  status: Generated<string>;
  opened_on: string;
  loan_lender: string | null;
  loan_amount_fen: number | null;
  loan_subsidy_permille: number | null;
  loan_term_months: number | null;
  loan_guarantee_org: string | null;
  loan_granted_on: string | null;
}

export interface StartupActivityTable {
  id: string;
  case_id: string;
  kind: string;
  held_on: string;
  note: string;
  outcome: string | null;
  created_at: Instant;
  created_by: string | null;
}

/** 困难企业. `measures` is written as JSON.stringify(list). */
export interface StrugglingEnterpriseTable extends Audited {
  id: string;
  org_id: string;
  org_path: string;
  employer_id: string | null;
  name: string;
  industry_union: string | null;
  division_code: string;
  reason: string;
  workers_total: number;
  workers_affected: number;
  measures: ColumnType<unknown, string | undefined, string>;
  status: Generated<string>;
  reported_on: string;
}

export interface EnterpriseAffectedWorkerTable {
  id: string;
  enterprise_id: string;
  household_id: string;
  note: string | null;
  created_at: Instant;
  created_by: string | null;
}

export interface EmploymentSupportTables {
  training_session: TrainingSessionTable;
  internship: InternshipTable;
  skill_competition: SkillCompetitionTable;
  competition_entry: CompetitionEntryTable;
  mentorship: MentorshipTable;
  member_skill_grade: MemberSkillGradeView;
  startup_case: StartupCaseTable;
  startup_activity: StartupActivityTable;
  struggling_enterprise: StrugglingEnterpriseTable;
  enterprise_affected_worker: EnterpriseAffectedWorkerTable;
}
