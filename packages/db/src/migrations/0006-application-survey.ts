import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // 申请 (brief §3.1 step 1, §4.4): one row per submission; a returned file resubmits as a new row.
  `create table ident_application (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     channel text not null,
     applied_on date not null,
     consents jsonb not null,
     income_commitment_signed boolean not null,
     income_check_authorised boolean not null,
     submitted_by uuid references staff_user(id),
     submitted_at timestamptz not null,
     version integer not null default 1
   )`,
  `create index ident_application_household_idx on ident_application(household_id, submitted_at desc)`,
  // 入户调查: a new survey supersedes the previous one when the file is re-surveyed.
  `create table ident_survey (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     method text not null,
     surveyor_ids uuid[] not null check (cardinality(surveyor_ids) >= 1),
     assigned_by uuid references staff_user(id),
     assigned_at timestamptz not null,
     due_on date not null,
     policy_version integer not null,
     checklist jsonb,
     status text not null default 'OPEN',
     completed_at timestamptz,
     version integer not null default 1
   )`,
  `create index ident_survey_household_idx on ident_survey(household_id, assigned_at desc)`,
  // The inbox looks up open surveys assigned to a surveyor.
  `create index ident_survey_surveyors_idx on ident_survey using gin (surveyor_ids) where status = 'OPEN'`,
  `create table ident_survey_step (
     id uuid primary key,
     survey_id uuid not null references ident_survey(id) on delete cascade,
     step_no integer not null check (step_no between 1 and 6),
     code text not null,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null,
     data jsonb not null,
     unique (survey_id, step_no)
   )`,
  // 调查签字承诺: each surveyor signs for themselves; the text they signed is kept as it was.
  `create table ident_survey_signature (
     survey_id uuid not null references ident_survey(id) on delete cascade,
     surveyor_id uuid not null references staff_user(id),
     commitment text not null,
     signed_at timestamptz not null,
     primary key (survey_id, surveyor_id)
   )`,
  // The calculator's proposal and the human decision on it (PIPL art. 24: decision support only).
  `create table ident_assessment (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     survey_id uuid not null references ident_survey(id),
     classification_input jsonb not null,
     classification jsonb not null,
     policy_version integer not null,
     proposed_category text,
     created_at timestamptz not null,
     decision text,
     decided_category text,
     reason text,
     decided_by uuid references staff_user(id),
     decided_at timestamptz,
     version integer not null default 1
   )`,
  `create index ident_assessment_household_idx on ident_assessment(household_id, created_at desc)`,
  // Attachments (brief §4.5) of a file; content stays in the database so a backup holds the archive.
  `create table attachment (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     owner_type text,
     owner_id uuid,
     kind text not null,
     filename text not null,
     mime text not null,
     size_bytes integer not null check (size_bytes > 0),
     sha256 text not null,
     content bytea not null,
     uploaded_by uuid references staff_user(id),
     uploaded_at timestamptz not null
   )`,
  `create index attachment_household_idx on attachment(household_id, uploaded_at)`,
  `create index attachment_owner_idx on attachment(owner_type, owner_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'attachment',
    'ident_assessment',
    'ident_survey_signature',
    'ident_survey_step',
    'ident_survey',
    'ident_application',
  ];
  for (const t of tables) await sql.raw(`drop table if exists ${t} cascade`).execute(db);
}
