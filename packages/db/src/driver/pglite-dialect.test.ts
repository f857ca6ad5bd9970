import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PGliteDialect } from './pglite-dialect';

// What only PGlite has: instance ownership, the single session's queue, the unsupported stream.

interface TestDb {
  item: { id: number };
}

describe('PGliteDialect', () => {
  it('leaves open a PGlite it was given', async () => {
    const given = await PGlite.create();
    const borrowing = new Kysely<TestDb>({ dialect: new PGliteDialect({ pglite: given }) });
    await sql`select 1`.execute(borrowing);
    await borrowing.destroy();
    expect(given.closed).toBe(false);
    await expect(given.query('select 1 as still_open')).resolves.toMatchObject({ rows: [{ still_open: 1 }] });
    await given.close();
  });

  it('closes a PGlite its factory created', async () => {
    let created: PGlite | undefined;
    const owning = new Kysely<TestDb>({
      dialect: new PGliteDialect({
        pglite: async () => {
          created = await PGlite.create();
          return created;
        },
      }),
    });
    await sql`select 1`.execute(owning);
    await owning.destroy();
    expect(created?.closed).toBe(true);
  });

  it('hands the session out in request order and waits for open transactions before closing', async () => {
    let created: PGlite | undefined;
    const db = new Kysely<TestDb>({
      dialect: new PGliteDialect({
        pglite: async () => {
          created = await PGlite.create();
          return created;
        },
      }),
    });
    await sql`create table item (id int not null)`.execute(db);
    const events: string[] = [];
    let closing: Promise<void> | undefined;
    const work = [1, 2, 3].map((id) =>
      db
        .transaction()
        .execute(async (trx) => {
          // Asked for while transaction 1 runs and 2 and 3 wait: must not cut any of them off.
          if (id === 1) closing = db.destroy().then(() => void events.push('closed'));
          await sleep(5);
          await trx.insertInto('item').values({ id }).execute();
        })
        .then(() => void events.push(`committed ${id}`)),
    );
    await Promise.all(work);
    await closing;
    expect(events).toEqual(['committed 1', 'committed 2', 'committed 3', 'closed']);
    expect(created?.closed).toBe(true);
  });

  it('refuses to stream with a clear message and keeps the session usable', async () => {
    const db = new Kysely<TestDb>({ dialect: new PGliteDialect({ pglite: () => PGlite.create() }) });
    await sql`create table item (id int not null)`.execute(db);
    const drain = async (): Promise<void> => {
      for await (const _row of db.selectFrom('item').selectAll().stream()) {
        // nothing to do: the first pull already fails
      }
    };
    await expect(drain()).rejects.toThrow(/does not support streaming/);
    await expect(db.selectFrom('item').selectAll().execute()).resolves.toEqual([]);
    await db.destroy();
  });
});
