import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, type DatabaseHandle } from './create-database';

/**
 * The databases a driver test runs on: an in-memory PGlite always, and a real PostgreSQL server when
 * TEST_DATABASE_URL is set (CI sets it). Each `open()` gets a database of its own — a fresh PGlite, or a
 * new `bangfu_t_<random>` database on the server, dropped again on close — so test files never share rows.
 * TEST_DATABASE_URL only names the server to create scratch databases on; its own database is never written.
 */
export interface DriverTestTarget {
  readonly name: 'pglite' | 'postgres';
  open<DB>(): Promise<DatabaseHandle<DB>>;
}

export function driverTestTargets(): DriverTestTarget[] {
  const targets: DriverTestTarget[] = [
    { name: 'pglite', open: () => createDatabase({ kind: 'pglite', dataDir: null }) },
  ];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) targets.push({ name: 'postgres', open: () => openScratchPostgres(serverUrl) });
  return targets;
}

async function openScratchPostgres<DB>(serverUrl: string): Promise<DatabaseHandle<DB>> {
  // Random hex only, so the name needs no quoting and cannot inject anything.
  const name = `bangfu_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // pg's pool.end() resolves before its sockets have closed, so the forced drop below can still hit them;
  // the pool reports that as an idle-client error, which is expected noise once closing has begun.
  let closing = false;
  const logError = (message: string, error: unknown): void => {
    if (!closing) console.error(message, error);
  };
  try {
    const handle = await createDatabase<DB>(
      { kind: 'postgres', connectionString: url.toString(), maxConnections: 10 },
      { logError },
    );
    return {
      ...handle,
      close: async () => {
        closing = true;
        await handle.close();
        await dropDatabase(serverUrl, name);
      },
    };
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) ends sessions a failed test may have left open.
  await withAdminClient(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
}

async function withAdminClient(serverUrl: string, fn: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: serverUrl, application_name: 'bangfu-test-admin' });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}
