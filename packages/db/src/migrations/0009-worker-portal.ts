import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // The 帮扶联系卡: one live activation code per household. Only a hash of the code is kept;
  // the code itself is shown once, on the card.
  `create table contact_card (
     id uuid primary key,
     household_id uuid not null references household(id),
     issued_by uuid not null references staff_user(id),
     issued_at timestamptz not null,
     code_hash text not null,
     revoked_at timestamptz,
     used_at timestamptz,
     printed_count integer not null default 1 check (printed_count >= 0)
   )`,
  `create index contact_card_household_idx on contact_card(household_id, issued_at desc)`,
  // At most one live code per household: reprinting revokes the old one in the same transaction.
  `create unique index contact_card_live_idx on contact_card(household_id)
     where revoked_at is null and used_at is null`,
  `create table worker_account (
     id_number_bidx text primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     pin_hash text,
     failed_attempts integer not null default 0,
     locked_until timestamptz,
     activated_at timestamptz not null,
     version integer not null default 1
   )`,
  `create index worker_account_household_idx on worker_account(household_id)`,
  `create table worker_session (
     token_hash text primary key,
     household_id uuid not null references household(id),
     member_id uuid not null references household_member(id),
     created_at timestamptz not null,
     last_seen_at timestamptz not null,
     expires_at timestamptz not null,
     pin_set boolean not null default false
   )`,
  `create index worker_session_household_idx on worker_session(household_id)`,
  `create table worker_request (
     id uuid primary key,
     household_id uuid not null references household(id),
     org_path text not null,
     kind text not null,
     text text not null,
     status text not null default 'OPEN',
     created_at timestamptz not null,
     handled_by uuid references staff_user(id),
     handled_at timestamptz,
     handling text,
     version integer not null default 1
   )`,
  `create index worker_request_org_path_idx on worker_request(org_path text_pattern_ops, status, created_at desc)`,
  `create index worker_request_household_idx on worker_request(household_id, created_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['worker_request', 'worker_session', 'worker_account', 'contact_card']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
