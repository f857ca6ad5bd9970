import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  `create table org_unit (
     id uuid primary key,
     code text not null unique,
     name text not null,
     name_en text not null,
     kind text not null,
     division_code char(6),
     parent_id uuid references org_unit(id),
     path text not null unique,
     hotline text,
     created_at timestamptz not null default now()
   )`,
  `create index org_unit_parent_idx on org_unit(parent_id)`,
  `create table staff_user (
     id uuid primary key,
     username text not null unique,
     display_name text not null,
     password_hash text not null,
     org_id uuid not null references org_unit(id),
     roles text[] not null,
     active boolean not null default true,
     failed_attempts integer not null default 0,
     locked_until timestamptz,
     created_at timestamptz not null default now(),
     version integer not null default 1
   )`,
  `create table staff_session (
     token_hash text primary key,
     user_id uuid not null references staff_user(id),
     created_at timestamptz not null default now(),
     last_seen_at timestamptz not null default now(),
     expires_at timestamptz not null,
     ip text,
     user_agent text
   )`,
  `create index staff_session_user_idx on staff_session(user_id)`,
  `create table auth_throttle (
     key text primary key,
     failures integer not null,
     window_started_at timestamptz not null,
     locked_until timestamptz
   )`,
  `create table household (
     id uuid primary key,
     file_no text unique,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     division_code char(6) not null,
     address text not null,
     postal_code char(6),
     housing_type text not null,
     area_band text not null,
     standard_version text not null,
     category text not null,
     main_cause text not null,
     secondary_causes text[] not null default '{}',
     cause_note text,
     other_annual_income_fen bigint not null default 0,
     monthly_income_fen bigint not null default 0,
     union_member boolean not null,
     union_card_no text,
     employer_name text,
     single_parent boolean not null default false,
     zero_employment boolean not null default false,
     self_help_capacity boolean not null default true,
     bank_name text,
     bank_branch text,
     bank_account_enc bytea,
     bank_account_last4 char(4),
     status text not null default 'DRAFT',
     head_name text not null,
     member_count integer not null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     updated_by uuid references staff_user(id),
     version integer not null default 1,
     check (monthly_income_fen >= 0 and other_annual_income_fen >= 0)
   )`,
  `create index household_updated_idx on household(updated_at desc, id desc)`,
  `create index household_org_path_idx on household(org_path text_pattern_ops)`,
  `create index household_head_name_idx on household(head_name text_pattern_ops, id)`,
  `create index household_category_idx on household(category)`,
  `create index household_division_idx on household(division_code)`,
  `create index household_status_idx on household(status)`,
  `create index household_main_cause_idx on household(main_cause)`,
  `create table household_member (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     seq integer not null,
     name text not null,
     relation text not null,
     id_number_enc bytea not null,
     id_number_bidx text not null,
     id_prefix6 char(6) not null,
     id_last4 char(4) not null,
     sex text not null,
     birth_date date not null,
     ethnicity text not null,
     health text not null,
     disability_kind text,
     disability_grade text,
     work_status text not null,
     monthly_income_fen bigint not null check (monthly_income_fen >= 0),
     school_stage text not null,
     medical_insurance text not null,
     phone_enc bytea,
     phone_last4 char(4),
     unique (household_id, seq)
   )`,
  `create index household_member_household_idx on household_member(household_id)`,
  `create index household_member_bidx_idx on household_member(id_number_bidx)`,
  `create index household_member_last4_idx on household_member(id_last4)`,
  `create index household_member_name_idx on household_member(name text_pattern_ops)`,
  // One active file per person, province-wide: the unique key makes the rule hold under
  // concurrency, not only in the check that precedes the insert.
  `create table active_id_number (
     id_number_bidx text primary key,
     household_id uuid not null references household(id) on delete cascade,
     member_id uuid not null
   )`,
  `create index active_id_number_household_idx on active_id_number(household_id)`,
  `create table audit_event (
     seq bigserial primary key,
     id uuid not null unique,
     at timestamptz not null,
     actor_id uuid,
     actor_role text,
     actor_org_id uuid,
     action text not null,
     entity_type text not null,
     entity_id text not null,
     before jsonb,
     after jsonb,
     purpose text,
     ip text,
     prev_hash text not null,
     hash text not null
   )`,
  `create index audit_event_entity_idx on audit_event(entity_type, entity_id, seq)`,
  `create table app_meta (
     key text primary key,
     value jsonb not null,
     updated_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'app_meta',
    'audit_event',
    'active_id_number',
    'household_member',
    'household',
    'auth_throttle',
    'staff_session',
    'staff_user',
    'org_unit',
  ]) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
}
