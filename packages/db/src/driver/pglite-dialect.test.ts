import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inBackground } from './background';
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

  describe('background work', () => {
    const open = async () => {
      const db = new Kysely<TestDb>({ dialect: new PGliteDialect({ pglite: () => PGlite.create() }) });
      await sql`create table item (id int not null)`.execute(db);
      return db;
    };
    /** A batch of `n` transactions, each holding the session for a while, as 送温暖 chunks do. */
    const batch = (db: Kysely<TestDb>, n: number, done: number[]) =>
      inBackground(async () => {
        for (let i = 1; i <= n; i++) {
          await db.transaction().execute(async (trx) => {
            await trx.insertInto('item').values({ id: i }).execute();
            await sleep(20);
          });
          done.push(i);
        }
      });

    it('lets a request run all its statements between two transactions of a batch', async () => {
      const db = await open();
      const done: number[] = [];
      const running = batch(db, 6, done);
      await sleep(5); // the batch holds the session now
      // A request with four statements in a row, as a page load has (session, scope, rows, count).
      for (let q = 0; q < 4; q++) await sql`select count(*) from item`.execute(db);
      const doneWhenServed = done.length;
      await running;
      // Served right after the transaction that held the session when it came, not one statement
      // per transaction (which would have waited for four of them).
      expect(doneWhenServed).toBe(1);
      expect(done).toEqual([1, 2, 3, 4, 5, 6]);
      await db.destroy();
    });

    it('still finishes a batch while 20 users keep the session busy, and serves them all along', async () => {
      const db = await open();
      const done: number[] = [];
      let stop = false;
      const requests = Array.from({ length: 20 }, async () => {
        let served = 0;
        while (!stop) {
          // Each request arrives over the network: a turn of the event loop, then its statement.
          await new Promise((r) => setImmediate(r));
          // Three statements at once: with 20 users, some request always waits for the session.
          await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.001)`.execute(db)));
          served++;
        }
        return served;
      });
      await batch(db, 3, done);
      stop = true;
      const served = await Promise.all(requests);
      expect(done).toEqual([1, 2, 3]);
      // The requests were served all along, not only after the batch.
      for (const n of served) expect(n).toBeGreaterThan(3);
      await db.destroy();
    });
  });
});
