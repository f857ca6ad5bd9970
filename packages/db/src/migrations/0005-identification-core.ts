import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // Versioned configuration (brief §12): every policy an admin edits is a new row, never an
  // update, so a decision can name the exact version it was made under.
  `create table policy_version (
     kind text not null,
     version integer not null check (version > 0),
     body jsonb not null,
     effective_from date not null,
     note text,
     created_by uuid references staff_user(id),
     created_at timestamptz not null default now(),
     primary key (kind, version)
   )`,
  // The timeline of a file: one row per step of brief §3.2, with who did it. Append-only.
  `create table ident_step (
     id uuid primary key,
     household_id uuid not null references household(id) on delete cascade,
     seq integer not null,
     event text not null,
     from_status text not null,
     to_status text not null,
     actor_id uuid references staff_user(id),
     actor_kind text not null default 'STAFF',
     org_id uuid references org_unit(id),
     at timestamptz not null,
     note text,
     payload jsonb,
     unique (household_id, seq)
   )`,
  `create index ident_step_household_idx on ident_step(household_id, seq)`,
  `create index ident_step_actor_idx on ident_step(actor_id, at desc)`,
  `alter table household add column previous_household_id uuid references household(id)`,
  `alter table household add column status_since timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table household drop column if exists status_since').execute(db);
  await sql.raw('alter table household drop column if exists previous_household_id').execute(db);
  await sql.raw('drop table if exists ident_step').execute(db);
  await sql.raw('drop table if exists policy_version').execute(db);
}
