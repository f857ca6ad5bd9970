import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
//
// One row per Excel import of household files (issue 7). It is written in its own short
// transaction before the import starts and marked DONE inside the import's transaction, so a DONE
// row exists exactly when its households do. A RUNNING row no process is working on was left by a
// crash: nothing of it committed, and it reads as INTERRUPTED.
const up_statements: string[] = [
  `create table household_import (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     actor_id uuid not null references staff_user(id),
     file_name text not null,
     sha256 char(64) not null,
     file_bytes integer not null,
     rows integer not null default 0,
     status text not null default 'RUNNING'
       check (status in ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED')),
     households integer not null default 0,
     members integer not null default 0,
     problems integer not null default 0,
     failure jsonb,
     started_at timestamptz not null,
     finished_at timestamptz,
     version integer not null default 1
   )`,
  `create index household_import_scope_idx on household_import(org_path text_pattern_ops, started_at desc)`,
  `create index household_import_sha_idx on household_import(sha256) where status = 'DONE'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const { sql } = await import('kysely');
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { sql } = await import('kysely');
  await sql.raw('drop table if exists household_import').execute(db);
}
