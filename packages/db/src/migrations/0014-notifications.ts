import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // The outbox of notifications. A message is enqueued in the transaction of the change that
  // causes it; a dispatcher sends it later. dedupe_key makes enqueueing idempotent: the same
  // message (e.g. 'match:<household>:<position>') is stored, and so sent, at most once.
  `create table notification (
     id uuid primary key,
     dedupe_key text not null unique,
     household_id uuid references household(id),
     org_path text not null,
     channel text not null check (channel in ('PORTAL', 'SMS', 'WECHAT')),
     recipient_enc bytea,
     recipient_last4 char(4),
     template text not null,
     params jsonb not null,
     status text not null default 'PENDING'
       check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'DEAD')),
     attempts integer not null default 0 check (attempts >= 0),
     next_attempt_at timestamptz,
     lease_until timestamptz,
     claim_token uuid,
     last_error text,
     sent_at timestamptz,
     provider_message_id text,
     seen_at timestamptz,
     created_at timestamptz not null,
     created_by uuid references staff_user(id),
     version integer not null default 1,
     check (channel = 'PORTAL' or recipient_enc is not null),
     check (status <> 'SENDING' or (lease_until is not null and claim_token is not null))
   )`,
  // What a dispatcher looks for: waiting messages that are due, and claims whose lease ran out.
  `create index notification_due_idx on notification(next_attempt_at)
     where status in ('PENDING', 'FAILED')`,
  `create index notification_lease_idx on notification(lease_until) where status = 'SENDING'`,
  `create index notification_household_idx on notification(household_id, created_at desc)`,
  `create index notification_org_path_idx on notification(org_path text_pattern_ops, id desc)`,
  // 我感兴趣: a worker's interest in a position, once per household and position.
  `create table worker_interest (
     household_id uuid not null references household(id),
     position_id uuid not null references position(id),
     member_id uuid not null references household_member(id),
     created_at timestamptz not null,
     primary key (household_id, position_id)
   )`,
  `create index worker_interest_position_idx on worker_interest(position_id, created_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['worker_interest', 'notification']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
