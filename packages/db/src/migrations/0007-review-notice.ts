import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // 回避申报: what a staff member declares about themselves, so recusal is checked, not trusted.
  // ID numbers are kept only as a blind index plus a masked form; employers by normalised name.
  `create table staff_declaration (
     id uuid primary key,
     user_id uuid not null references staff_user(id),
     kind text not null check (kind in ('SELF', 'RELATIVE', 'EMPLOYER')),
     id_number_bidx text,
     id_masked text,
     relation text,
     person_name text,
     employer_name_norm text,
     declared_at timestamptz not null,
     withdrawn_at timestamptz,
     version integer not null default 1,
     check ((kind = 'EMPLOYER') = (employer_name_norm is not null)),
     check ((kind = 'EMPLOYER') = (id_number_bidx is null))
   )`,
  `create index staff_declaration_user_idx on staff_declaration(user_id) where withdrawn_at is null`,
  `create index staff_declaration_bidx_idx on staff_declaration(id_number_bidx) where withdrawn_at is null`,
  // 民主评议: one row per meeting; participants are staff ids plus named outsiders.
  `create table democratic_review (
     id uuid primary key,
     household_id uuid not null references household(id),
     meeting_date date not null,
     participants jsonb not null,
     votes_for integer not null check (votes_for >= 0),
     votes_against integer not null check (votes_against >= 0),
     votes_abstain integer not null check (votes_abstain >= 0),
     outcome text not null check (outcome in ('PASS', 'REJECT')),
     minutes text not null,
     minutes_attachment_id uuid,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null
   )`,
  `create index democratic_review_household_idx on democratic_review(household_id, recorded_at desc)`,
  // 家庭经济状况核对: the result is minimised and encrypted (brief §11.2 art. 51).
  `create table income_check (
     id uuid primary key,
     household_id uuid not null references household(id),
     centre text not null,
     requested_on date not null,
     responded_on date not null,
     result_summary_enc bytea not null,
     discrepancy boolean not null,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null,
     check (responded_on >= requested_on)
   )`,
  `create index income_check_household_idx on income_check(household_id, recorded_at desc)`,
  // 公示: the content is a masked snapshot, so what was posted can be shown later exactly.
  `create table public_notice (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_id uuid not null references org_unit(id),
     org_path text not null,
     scopes text[] not null,
     start_date date not null,
     end_date date not null,
     working_days integer not null check (working_days >= 1),
     calendar_version integer not null,
     policy_version integer not null,
     content jsonb not null,
     status text not null default 'OPEN' check (status in ('OPEN', 'ENDED', 'WITHDRAWN')),
     ended_at timestamptz,
     created_by uuid references staff_user(id),
     created_at timestamptz not null,
     version integer not null default 1,
     check (end_date >= start_date)
   )`,
  `create unique index public_notice_one_open_idx on public_notice(household_id) where status = 'OPEN'`,
  `create index public_notice_household_idx on public_notice(household_id, created_at desc)`,
  `create index public_notice_due_idx on public_notice(end_date, id) where status = 'OPEN'`,
  `create index public_notice_org_path_idx on public_notice(org_path text_pattern_ops)`,
  `create table notice_objection (
     id uuid primary key,
     notice_id uuid not null references public_notice(id),
     received_on date not null,
     channel text not null,
     summary text not null,
     status text not null default 'OPEN' check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
     handling text,
     handled_by uuid references staff_user(id),
     handled_at timestamptz,
     recorded_by uuid not null references staff_user(id),
     recorded_at timestamptz not null,
     version integer not null default 1
   )`,
  `create index notice_objection_notice_idx on notice_objection(notice_id, status)`,
  // 上级复核: one row per decision, with the level and the file number it issued.
  `create table ident_approval (
     id uuid primary key,
     household_id uuid not null references household(id),
     level text not null,
     org_id uuid not null references org_unit(id),
     reviewer_id uuid not null references staff_user(id),
     decision text not null check (decision in ('APPROVE', 'RETURN', 'REJECT')),
     reason text,
     stamped boolean not null,
     file_no text,
     notice_id uuid references public_notice(id),
     decided_at timestamptz not null
   )`,
  `create index ident_approval_household_idx on ident_approval(household_id, decided_at desc)`,
  // File numbers per division and year, issued under the row lock of the upsert.
  `create table file_no_counter (
     division_code text not null,
     year integer not null,
     last_no integer not null check (last_no >= 1),
     primary key (division_code, year)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'file_no_counter',
    'ident_approval',
    'notice_objection',
    'public_notice',
    'income_check',
    'democratic_review',
    'staff_declaration',
  ];
  for (const t of tables) await sql.raw(`drop table if exists ${t} cascade`).execute(db);
}
