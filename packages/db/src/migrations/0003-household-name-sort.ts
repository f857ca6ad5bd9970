import { type Kysely, sql } from 'kysely';

// The name sort of household search read and sorted the whole table: the index on head_name was
// built with text_pattern_ops, which serves LIKE but not ORDER BY, and no query filters head_name
// with LIKE (name search matches any member's name). A plain (head_name, id) index serves the
// keyset sort; measured with `pnpm bench` (docs/performance.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index household_head_name_sort_idx on household (head_name, id)`.execute(db);
  await sql`drop index household_head_name_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index household_head_name_idx on household (head_name text_pattern_ops, id)`.execute(db);
  await sql`drop index household_head_name_sort_idx`.execute(db);
}
