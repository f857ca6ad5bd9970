import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { PGliteDialect } from './pglite-dialect';
import { createPgliteParsers, createPgTypes } from './type-parsers';

export type DatabaseConfig =
  | {
      kind: 'pglite';
      /** Folder of the embedded cluster, created if missing; null keeps everything in memory (tests). */
      dataDir: string | null;
    }
  | { kind: 'postgres'; connectionString: string; maxConnections?: number };

export type DatabaseKind = DatabaseConfig['kind'];

export interface DatabaseHandle<DB> {
  readonly db: Kysely<DB>;
  readonly kind: DatabaseKind;
  /** Closes the pool or the PGlite instance; waits for an open PGlite transaction to finish first. */
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** Where to report errors of idle pooled connections (e.g. the server restarted). Defaults to console.error. */
  readonly logError?: (message: string, error: unknown) => void;
}

/** The oldest server the migrations are written for (architecture: PostgreSQL 15+). */
const MIN_SERVER_VERSION_NUM = 150000;
interface ServerVersionRow {
  version: number;
}
const serverVersionQuery = sql<ServerVersionRow>`select current_setting('server_version_num')::int as version`;

/**
 * Opens the database the rest of the code talks to through Kysely: an embedded PGlite in a data folder, or a
 * PostgreSQL server. Both return rows parsed the same way (see type-parsers). The first query runs here, so
 * a wrong URL or an unreadable data folder fails at startup rather than on the first request.
 */
export async function createDatabase<DB>(
  config: DatabaseConfig,
  options: CreateDatabaseOptions = {},
): Promise<DatabaseHandle<DB>> {
  const db =
    config.kind === 'pglite'
      ? createPgliteKysely<DB>(config.dataDir)
      : createPostgresKysely<DB>(config, options);
  try {
    const { rows } = await serverVersionQuery.execute(db);
    const version = rows[0]?.version ?? 0;
    if (version < MIN_SERVER_VERSION_NUM) {
      throw new Error(`Bangfu needs PostgreSQL 15 or newer; the server reports version number ${version}`);
    }
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: config.kind,
    close: () => {
      closing ??= db.destroy();
      return closing;
    },
  };
}

function createPgliteKysely<DB>(dataDir: string | null): Kysely<DB> {
  const open = async (): Promise<PGlite> => {
    if (dataDir === null) return PGlite.create({ parsers: createPgliteParsers() });
    // PGlite creates the cluster inside the folder but not the folder's parents.
    const path = resolve(dataDir);
    await mkdir(path, { recursive: true });
    return PGlite.create(path, { parsers: createPgliteParsers() });
  };
  // A factory, so the dialect owns the instance and db.destroy() closes it.
  return new Kysely<DB>({ dialect: new PGliteDialect({ pglite: open }) });
}

function createPostgresKysely<DB>(
  config: Extract<DatabaseConfig, { kind: 'postgres' }>,
  options: CreateDatabaseOptions,
): Kysely<DB> {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const pool = new Pool({
    connectionString: config.connectionString,
    max: config.maxConnections ?? 10,
    idleTimeoutMillis: 30_000,
    // A saturated pool or an unreachable server should surface as an error, not an endless wait.
    connectionTimeoutMillis: 10_000,
    application_name: 'bangfu',
    types: createPgTypes(),
  });
  // An idle client whose server connection drops emits 'error' on the pool; unhandled, that would crash
  // the process. The pool discards the client and opens a new one on demand, so logging is enough.
  pool.on('error', (error) => logError('PostgreSQL pool: idle client error', error));
  // A checked-out client that is between queries (e.g. inside a transaction) when the server ends its
  // connection (restart, failover) emits 'error' on itself, which the pool does not listen to: without
  // this listener the process crashes. The pending query still fails, and the pool drops the client on release.
  pool.on('connect', (client) => {
    client.on('error', (error) => logError('PostgreSQL pool: client connection lost', error));
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
