import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // 互助理赔: a claim keeps the scheme version it was adjudicated under and the steps that gave
  // its amount, so a later scheme version never rewrites a settled claim.
  `create table ma_claim (
     id uuid primary key,
     enrolment_id uuid not null references ma_enrolment(id),
     member_id uuid not null references ma_member(id),
     household_id uuid references household(id),
     org_path text not null,
     plan_code text not null,
     scheme_id uuid not null references ma_scheme(id),
     scheme_code text not null,
     scheme_version integer not null,
     term_year integer not null,
     event_date date not null,
     body jsonb not null,
     documents text[] not null,
     submitted_by_kind text not null check (submitted_by_kind in ('STAFF', 'WORKER')),
     submitted_by uuid not null,
     submitted_at timestamptz not null,
     status text not null check (status in
       ('SUBMITTED', 'ADJUDICATED', 'SECOND_REVIEW', 'APPROVED', 'REJECTED', 'PAID')),
     adjudication jsonb not null,
     payable_fen bigint not null check (payable_fen >= 0),
     approved_fen bigint check (approved_fen >= 0),
     policy_version integer not null,
     second_review_reason text check (second_review_reason in ('RANDOM', 'ABOVE_AMOUNT')),
     first_reviewer_id uuid references staff_user(id),
     first_reviewed_at timestamptz,
     second_reviewer_id uuid references staff_user(id),
     second_reviewed_at timestamptz,
     decision_reason text,
     paid_entry_id uuid,
     paid_on date,
     idempotency_key text not null unique,
     request_hash text not null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1,
     check (second_reviewer_id is null or second_reviewer_id <> first_reviewer_id)
   )`,
  `create index ma_claim_org_path_idx on ma_claim(org_path text_pattern_ops, status)`,
  `create index ma_claim_member_idx on ma_claim(member_id, term_year)`,
  `create index ma_claim_household_idx on ma_claim(household_id) where household_id is not null`,
  `create index ma_claim_scheme_idx on ma_claim(scheme_code, term_year)`,
  // 互助基金台账: append-only, like the 帮扶台账. Amounts are positive; the kind says the direction.
  `create table ma_fund_entry (
     id uuid primary key,
     seq bigserial not null unique,
     scheme_id uuid not null references ma_scheme(id),
     org_path text not null,
     kind text not null check (kind in ('CONTRIBUTION', 'CLAIM_PAYOUT', 'PHARMACY_TOP_UP')),
     payer text,
     member_id uuid not null references ma_member(id),
     claim_id uuid references ma_claim(id),
     amount_fen bigint not null check (amount_fen > 0),
     idempotency_key text not null unique,
     paid_on date not null,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     check ((kind = 'CLAIM_PAYOUT') = (claim_id is not null))
   )`,
  // A claim is paid at most once, whatever key a caller sends.
  `create unique index ma_fund_entry_claim_idx on ma_fund_entry(claim_id) where kind = 'CLAIM_PAYOUT'`,
  `create index ma_fund_entry_scheme_idx on ma_fund_entry(scheme_id, kind, paid_on)`,
  `create index ma_fund_entry_member_idx on ma_fund_entry(member_id, paid_on)`,
  `create function ma_fund_entry_append_only() returns trigger language plpgsql as $$
   begin
     raise exception 'ma_fund_entry is append-only (% refused)', tg_op;
   end $$`,
  `create trigger ma_fund_entry_no_update before update or delete on ma_fund_entry
     for each row execute function ma_fund_entry_append_only()`,
  `create trigger ma_fund_entry_no_truncate before truncate on ma_fund_entry
     for each statement execute function ma_fund_entry_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['ma_fund_entry', 'ma_claim']) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
  await sql.raw('drop function if exists ma_fund_entry_append_only()').execute(db);
}
