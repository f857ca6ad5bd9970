import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // 一户一计划 (毕节: the plan is drawn up with the worker and signed by them before aid starts).
  `create table aid_plan (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_path text not null,
     plan_no integer not null check (plan_no >= 1),
     status text not null check (status in ('DRAFT', 'SIGNED', 'SUPERSEDED')),
     responsible_cadre_id uuid not null references staff_user(id),
     planned_exit_year integer not null,
     signed_at timestamptz,
     signed_via text check (signed_via in ('PORTAL', 'PAPER')),
     signature_attachment_id uuid,
     signer_name text,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1,
     unique (household_id, plan_no),
     check ((status = 'DRAFT') = (signed_at is null))
   )`,
  `create unique index aid_plan_one_draft_idx on aid_plan(household_id) where status = 'DRAFT'`,
  `create unique index aid_plan_one_signed_idx on aid_plan(household_id) where status = 'SIGNED'`,
  `create index aid_plan_org_path_idx on aid_plan(org_path text_pattern_ops)`,
  `create table aid_plan_measure (
     id uuid primary key,
     plan_id uuid not null references aid_plan(id) on delete cascade,
     seq integer not null,
     kind text not null,
     cause text not null,
     description text not null,
     target_date date,
     status text not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE')),
     planned_amount_fen bigint check (planned_amount_fen >= 0),
     unique (plan_id, seq)
   )`,
  // A payment request: decided against the programme rules, approved at the level they require.
  `create table aid_request (
     id uuid primary key,
     idempotency_key text not null unique,
     request_hash text not null,
     household_id uuid not null references household(id),
     org_path text not null,
     plan_id uuid references aid_plan(id),
     measure_id uuid references aid_plan_measure(id),
     programme text not null,
     amount_fen bigint not null check (amount_fen > 0),
     funding_source text not null,
     paid_on date,
     note text not null,
     status text not null check (status in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'PAID')),
     required_level text not null,
     policy_version integer not null,
     rule_basis jsonb not null,
     requested_by uuid not null references staff_user(id),
     decided_by uuid references staff_user(id),
     decided_at timestamptz,
     decision_reason text,
     external_approval_ref text,
     ledger_entry_id uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1
   )`,
  `create index aid_request_household_idx on aid_request(household_id, created_at desc)`,
  `create index aid_request_pending_idx on aid_request(org_path text_pattern_ops) where status = 'PENDING_APPROVAL'`,
  // 帮扶台账: append-only. A mistake is corrected by a RECOVERY entry, never by an edit.
  `create table aid_ledger_entry (
     id uuid primary key,
     seq bigserial not null unique,
     household_id uuid not null references household(id),
     org_path text not null,
     kind text not null check (kind in ('PAYMENT', 'RECOVERY')),
     programme text not null,
     funding_source text not null,
     amount_fen bigint not null,
     reverses_entry_id uuid references aid_ledger_entry(id),
     request_id uuid not null,
     measure_id uuid references aid_plan_measure(id),
     campaign_id uuid,
     paid_on date not null,
     counts_as_income boolean not null,
     approver_id uuid references staff_user(id),
     payee_account_last4 char(4),
     standard_basis jsonb not null,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     check ((kind = 'PAYMENT' and amount_fen > 0 and reverses_entry_id is null)
         or (kind = 'RECOVERY' and amount_fen < 0 and reverses_entry_id is not null))
   )`,
  // A payment is reversed at most once.
  `create unique index aid_ledger_reverses_idx on aid_ledger_entry(reverses_entry_id) where reverses_entry_id is not null`,
  `create index aid_ledger_household_idx on aid_ledger_entry(household_id, paid_on)`,
  `create index aid_ledger_org_path_idx on aid_ledger_entry(org_path text_pattern_ops, paid_on)`,
  `create function aid_ledger_entry_append_only() returns trigger language plpgsql as $$
   begin
     raise exception 'aid_ledger_entry is append-only (% refused)', tg_op;
   end $$`,
  `create trigger aid_ledger_entry_no_update before update or delete on aid_ledger_entry
     for each row execute function aid_ledger_entry_append_only()`,
  `create trigger aid_ledger_entry_no_truncate before truncate on aid_ledger_entry
     for each statement execute function aid_ledger_entry_append_only()`,
  // Idempotency of recordPayment: the key, a hash of what it paid, and the entry it wrote.
  `create table aid_payment_key (
     idempotency_key text primary key,
     request_hash text not null,
     entry_id uuid not null references aid_ledger_entry(id),
     created_at timestamptz not null default now()
   )`,
  // 追回: one open recovery per payment; settling appends the RECOVERY entry that reverses it.
  `create table aid_recovery (
     id uuid primary key,
     payment_entry_id uuid not null references aid_ledger_entry(id),
     household_id uuid not null references household(id),
     org_path text not null,
     amount_fen bigint not null check (amount_fen > 0),
     reason text not null,
     source text not null check (source in ('SPOT_CHECK', 'CORRECTION', 'CANCELLATION')),
     source_id uuid,
     status text not null default 'DUE' check (status in ('DUE', 'SETTLED', 'WAIVED')),
     settled_entry_id uuid references aid_ledger_entry(id),
     settled_on date,
     waive_reason text,
     opened_by uuid references staff_user(id),
     closed_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     version integer not null default 1
   )`,
  `create unique index aid_recovery_open_idx on aid_recovery(payment_entry_id) where status <> 'WAIVED'`,
  `create index aid_recovery_household_idx on aid_recovery(household_id, status)`,
  `create index aid_recovery_org_path_idx on aid_recovery(org_path text_pattern_ops, status)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'aid_recovery',
    'aid_payment_key',
    'aid_ledger_entry',
    'aid_request',
    'aid_plan_measure',
    'aid_plan',
  ]) {
    await sql.raw(`drop table if exists ${t} cascade`).execute(db);
  }
  await sql.raw('drop function if exists aid_ledger_entry_append_only()').execute(db);
}
