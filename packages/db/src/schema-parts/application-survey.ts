import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0006 (application, survey, assessment, attachments). */
type Instant = ColumnType<string, string | Date, string | Date>;
type InstantOrNull = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

export interface IdentApplicationTable {
  id: string;
  household_id: string;
  channel: string;
  applied_on: string;
  /** jsonb {general, sensitive, publicity, incomeCheck: {granted, version, at}} */
  consents: unknown;
  income_commitment_signed: boolean;
  income_check_authorised: boolean;
  submitted_by: string | null;
  submitted_at: Instant;
  version: Generated<number>;
}

export interface IdentSurveyTable {
  id: string;
  household_id: string;
  method: string;
  surveyor_ids: string[];
  assigned_by: string | null;
  assigned_at: Instant;
  due_on: string;
  policy_version: number;
  checklist: unknown;
  /** OPEN, SIGNED (completed) or SUPERSEDED (a re-survey replaced it). */
  status: Generated<string>;
  completed_at: InstantOrNull;
  version: Generated<number>;
}

export interface IdentSurveyStepTable {
  id: string;
  survey_id: string;
  step_no: number;
  code: string;
  recorded_by: string;
  recorded_at: Instant;
  data: unknown;
}

export interface IdentSurveySignatureTable {
  survey_id: string;
  surveyor_id: string;
  commitment: string;
  signed_at: Instant;
}

export interface IdentAssessmentTable {
  id: string;
  household_id: string;
  survey_id: string;
  classification_input: unknown;
  classification: unknown;
  policy_version: number;
  proposed_category: string | null;
  created_at: Instant;
  decision: string | null;
  decided_category: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: InstantOrNull;
  version: Generated<number>;
}

export interface AttachmentTable {
  id: string;
  household_id: string;
  owner_type: string | null;
  owner_id: string | null;
  kind: string;
  filename: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  content: Buffer | Uint8Array;
  uploaded_by: string | null;
  uploaded_at: Instant;
}

export interface ApplicationSurveyTables {
  ident_application: IdentApplicationTable;
  ident_survey: IdentSurveyTable;
  ident_survey_step: IdentSurveyStepTable;
  ident_survey_signature: IdentSurveySignatureTable;
  ident_assessment: IdentAssessmentTable;
  attachment: AttachmentTable;
}
