import { type Kysely, sql } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const up_statements = [
  // The cadre's work phone, printed on the contact card: encrypted like every phone (brief §11).
  `alter table staff_user add column phone_enc bytea`,
  `alter table staff_user add column phone_last4 text`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table staff_user drop column if exists phone_last4').execute(db);
  await sql.raw('alter table staff_user drop column if exists phone_enc').execute(db);
}
