import { rm } from 'node:fs/promises';
import type { Database } from '@bangfu/db';
import { type Kysely, sql } from 'kysely';
import { BENCH_ADDRESS_PREFIX } from './generate-file';

export interface CopyBaselineResult {
  readonly seconds: number;
  readonly rows: number;
  readonly rowsPerSecond: number;
}

const TABLES = ['household', 'household_member', 'active_id_number'] as const;

const SELECTS: Record<(typeof TABLES)[number], string> = {
  household: `select h.* from household h where h.address like '${BENCH_ADDRESS_PREFIX}%'`,
  household_member: `select m.* from household_member m join household h on h.id = m.household_id
                      where h.address like '${BENCH_ADDRESS_PREFIX}%'`,
  active_id_number: `select a.* from active_id_number a join household h on h.id = a.household_id
                      where h.address like '${BENCH_ADDRESS_PREFIX}%'`,
};

/**
 * The floor for loading the imported rows: the same rows (already encrypted and indexed) written
 * out with a server-side `COPY … TO` file, deleted, then loaded back with `COPY … FROM` the file in
 * one transaction, timed. `serverDir` is a folder the database server itself can write and read:
 * '/pglite/data' for PGlite (its data folder inside its own file system), or a local folder such as
 * '/tmp' for a PostgreSQL server on the same machine (needs superuser or pg_read/write_server_files).
 * The database ends as the import left it.
 */
export async function copyBaseline(db: Kysely<Database>, serverDir: string): Promise<CopyBaselineResult> {
  const file = (t: string) => `${serverDir}/bangfu-bench-import-${t}.csv`;
  for (const t of TABLES) {
    await sql.raw(`copy (${SELECTS[t]}) to '${file(t)}' with (format csv)`).execute(db);
  }
  const counted = await sql<{ n: number }>`select count(*)::int as n from household_member m
      join household h on h.id = m.household_id where h.address like ${`${BENCH_ADDRESS_PREFIX}%`}`.execute(
    db,
  );
  const households = await sql<{ n: number }>`select count(*)::int as n from household
      where address like ${`${BENCH_ADDRESS_PREFIX}%`}`.execute(db);
  const members = counted.rows[0]?.n ?? 0;
  const rows = (households.rows[0]?.n ?? 0) + 2 * members;
  // Cascades to the members and the ID claims.
  await sql.raw(`delete from household where address like '${BENCH_ADDRESS_PREFIX}%'`).execute(db);
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    for (const t of TABLES) await sql.raw(`copy ${t} from '${file(t)}' with (format csv)`).execute(trx);
  });
  const seconds = (performance.now() - t0) / 1000;
  // The files hold (encrypted) personal data: remove them when the folder is also ours (local PostgreSQL).
  for (const t of TABLES) await rm(file(t), { force: true }).catch(() => undefined);
  return { seconds, rows, rowsPerSecond: rows / seconds };
}
