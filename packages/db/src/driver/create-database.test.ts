import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { types as pgGlobalTypes } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database';
import { driverTestTargets } from './driver-test-targets';

describe('createDatabase with a PGlite data folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bangfu-driver-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates missing parent folders and keeps data across a close and reopen', async () => {
    const dataDir = join(root, 'not', 'yet', 'there');
    const first = await createDatabase({ kind: 'pglite', dataDir });
    expect(first.kind).toBe('pglite');
    await sql`create table kept (id int8 primary key)`.execute(first.db);
    await sql`insert into kept values (7)`.execute(first.db);
    await first.close();
    await first.close(); // idempotent: a shutdown path may call it twice

    const second = await createDatabase({ kind: 'pglite', dataDir });
    const { rows } = await sql`select id from kept`.execute(second.db);
    expect(rows).toEqual([{ id: 7 }]);
    await second.close();
  });
});

describe('createDatabase with PostgreSQL', () => {
  it('fails at startup, not on the first request, when the server is unreachable', async () => {
    await expect(
      createDatabase({ kind: 'postgres', connectionString: 'postgres://bangfu@127.0.0.1:1/none' }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  const server = driverTestTargets().find((target) => target.name === 'postgres');
  it.runIf(server)('names its sessions and leaves the process-wide pg type parsers alone', async () => {
    const handle = await server!.open();
    try {
      expect(handle.kind).toBe('postgres');
      const { rows } = await sql`select current_setting('application_name') as app, 1::int8 as fen`.execute(
        handle.db,
      );
      expect(rows).toEqual([{ app: 'bangfu', fen: 1 }]);
      // Another pg user in the same process still gets pg's defaults.
      expect(pgGlobalTypes.getTypeParser(20)('1')).toBe('1');
      expect(pgGlobalTypes.getTypeParser(1082)('2024-01-01')).toBeInstanceOf(Date);
    } finally {
      await handle.close();
    }
  });
});
