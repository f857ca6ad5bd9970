import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // 职工医疗互助 schemes as data: a change is a new version; settled versions are never rewritten.
  `create table ma_scheme (
     id uuid primary key,
     code text not null,
     version integer not null check (version >= 1),
     name text not null,
     body jsonb not null,
     division_code text not null,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     term_year integer not null,
     status text not null default 'ACTIVE' check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
     note text,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     unique (code, version)
   )`,
  `create index ma_scheme_org_path_idx on ma_scheme(org_path text_pattern_ops)`,
  `create table ma_unit (
     id uuid primary key,
     employer_id uuid references employer(id),
     name text not null,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     division_code text not null,
     staff_count integer not null check (staff_count >= 0),
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1
   )`,
  `create index ma_unit_org_path_idx on ma_unit(org_path text_pattern_ops)`,
  `create table ma_member (
     id uuid primary key,
     unit_id uuid not null references ma_unit(id),
     org_path text not null,
     name text not null,
     id_number_enc bytea not null,
     id_number_bidx text not null,
     id_last4 char(4) not null,
     sex text not null check (sex in ('MALE', 'FEMALE')),
     birth_date date not null,
     household_id uuid references household(id),
     hardship boolean not null default false,
     in_service boolean not null,
     union_member boolean not null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1,
     unique (unit_id, id_number_bidx)
   )`,
  `create index ma_member_bidx_idx on ma_member(id_number_bidx)`,
  `create index ma_member_org_path_idx on ma_member(org_path text_pattern_ops)`,
  `create index ma_member_household_idx on ma_member(household_id) where household_id is not null`,
  `create table ma_enrolment (
     id uuid primary key,
     member_id uuid not null references ma_member(id),
     unit_id uuid not null references ma_unit(id),
     scheme_id uuid not null references ma_scheme(id),
     scheme_code text not null,
     plan_code text not null,
     term_year integer not null,
     enrolled_on date not null,
     cover_from date not null,
     cover_to date not null,
     first_enrolment boolean not null,
     hardship boolean not null,
     status text not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
     org_path text not null,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     version integer not null default 1,
     unique (member_id, scheme_id, plan_code, term_year),
     check (cover_to >= cover_from)
   )`,
  `create index ma_enrolment_member_idx on ma_enrolment(member_id, scheme_code, term_year)`,
  `create index ma_enrolment_scheme_idx on ma_enrolment(scheme_id, unit_id)`,
  `create index ma_enrolment_org_path_idx on ma_enrolment(org_path text_pattern_ops)`,
  // One row per payer of an enrolment: the split a member's contribution is raised from.
  `create table ma_contribution (
     id uuid primary key,
     enrolment_id uuid not null references ma_enrolment(id),
     scheme_id uuid not null references ma_scheme(id),
     payer text not null,
     payer_org_id uuid references org_unit(id),
     amount_fen bigint not null check (amount_fen >= 0),
     paid_fen bigint not null default 0 check (paid_fen >= 0),
     org_path text not null,
     check (paid_fen <= amount_fen)
   )`,
  `create index ma_contribution_enrolment_idx on ma_contribution(enrolment_id)`,
  `create index ma_contribution_payer_idx on ma_contribution(scheme_id, payer, payer_org_id, id)`,
  `create table ma_payer_payment (
     id uuid primary key,
     scheme_id uuid not null references ma_scheme(id),
     payer text not null,
     payer_org_id uuid references org_unit(id),
     amount_fen bigint not null check (amount_fen > 0),
     paid_on date not null,
     reference text not null,
     org_path text not null,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now()
   )`,
  `create index ma_payer_payment_scheme_idx on ma_payer_payment(scheme_id, payer, payer_org_id)`,
  // 药房补助 (六盘水): one account per extremely poor member and year, never below zero.
  `create table pharmacy_account (
     id uuid primary key,
     member_id uuid not null references ma_member(id),
     year integer not null,
     org_path text not null,
     balance_fen bigint not null default 0 check (balance_fen >= 0),
     topped_up_fen bigint not null default 0 check (topped_up_fen >= 0),
     spent_fen bigint not null default 0 check (spent_fen >= 0),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1,
     unique (member_id, year),
     check (balance_fen = topped_up_fen - spent_fen)
   )`,
  `create index pharmacy_account_org_path_idx on pharmacy_account(org_path text_pattern_ops)`,
  `create table pharmacy_txn (
     id uuid primary key,
     account_id uuid not null references pharmacy_account(id),
     kind text not null check (kind in ('TOP_UP', 'PURCHASE')),
     amount_fen bigint not null check (amount_fen > 0),
     pharmacy text,
     funding jsonb,
     balance_after_fen bigint not null check (balance_after_fen >= 0),
     idempotency_key text not null unique,
     created_by uuid references staff_user(id),
     at timestamptz not null
   )`,
  `create index pharmacy_txn_account_idx on pharmacy_txn(account_id, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'pharmacy_txn',
    'pharmacy_account',
    'ma_payer_payment',
    'ma_contribution',
    'ma_enrolment',
    'ma_member',
    'ma_unit',
    'ma_scheme',
  ]) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
}
