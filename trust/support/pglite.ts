import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './server';

interface Db {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/** Opens a stopped server's embedded database directly (the server's own PGlite build). */
export async function openDataDir(dataDir: string): Promise<Db> {
  const require = createRequire(join(ROOT, 'apps/server/package.json'));
  const mod = (await import(require.resolve('@electric-sql/pglite'))) as {
    PGlite: new (dir: string) => Db & { waitReady: Promise<void> };
  };
  const db = new mod.PGlite(join(dataDir, 'pglite'));
  await db.waitReady;
  return db;
}

export interface TableDigest {
  table: string;
  rows: number;
  md5: string;
}

/** Row count and an order-independent checksum of every table in the public schema. */
export async function digestTables(db: Pick<Db, 'query'>): Promise<TableDigest[]> {
  const tables = await db.query<{ t: string }>(
    `select table_name as t from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: TableDigest[] = [];
  for (const { t } of tables.rows) {
    const r = await db.query<{ n: string; md5: string | null }>(
      `select count(*)::text as n, md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as md5
         from "${t}" x`,
    );
    out.push({ table: t, rows: Number(r.rows[0]?.n), md5: r.rows[0]?.md5 ?? '' });
  }
  return out;
}
