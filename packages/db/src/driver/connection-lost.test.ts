import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { createDatabase } from './create-database';

// A PostgreSQL restart ends every session, including one checked out for a transaction that is
// between two queries. That must fail the transaction, not crash the process (trust suite finding).
const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('createDatabase on PostgreSQL when the server ends a connection', () => {
  it('fails the open transaction, logs, and serves the next query from a fresh connection', async () => {
    const logged: string[] = [];
    const config = { kind: 'postgres' as const, connectionString: serverUrl as string };
    const handle = await createDatabase(config, { logError: (message) => logged.push(message) });
    const admin = await createDatabase(config);
    try {
      const run = handle.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await sql`select pg_terminate_backend(${rows[0]?.pid})`.execute(admin.db);
        // The FATAL message arrives while no query is active on this client.
        await vi.waitFor(() => expect(logged).toContain('PostgreSQL pool: client connection lost'));
        await sql`select 1`.execute(trx);
      });
      await expect(run).rejects.toThrow();
      expect(logged).toContain('PostgreSQL pool: client connection lost');
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await handle.close();
      await admin.close();
    }
  });
});
