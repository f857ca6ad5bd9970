import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
// Retention (issue 8): one row per anonymised file, with the policy version that decided it.
const up_statements: string[] = [
  `create table retention_anonymisation (
     household_id uuid primary key references household(id) on delete cascade,
     anonymised_at timestamptz not null,
     policy_version integer not null,
     closed_status text not null,
     members integer not null
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const { sql } = await import('kysely');
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(_db: Kysely<unknown>): Promise<void> {}
