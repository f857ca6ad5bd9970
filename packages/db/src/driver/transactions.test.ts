import { setTimeout as sleep } from 'node:timers/promises';
import { isAbortedTransactionError, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './create-database';
import { driverTestTargets } from './driver-test-targets';

interface TestDb {
  counter: { id: number; value: number };
  /** One row per committed increment. */
  ledger: { tx: number };
  /** Written at the start of every transaction and deleted before its commit: never visible committed. */
  probe: { tx: number };
}

interface State {
  counter: number;
  ledger: number;
  probes: number;
}

// One statement, so the three numbers come from one snapshot.
async function readState(db: Kysely<TestDb>): Promise<State> {
  const { rows } = await sql<State>`
    select (select value from counter where id = 1) as counter,
           (select count(*) from ledger) as ledger,
           (select count(*) from probe) as probes`.execute(db);
  return rows[0]!;
}

class PlannedRollback extends Error {}

describe.each(driverTestTargets())('transactions on $name', (target) => {
  let handle: DatabaseHandle<TestDb>;
  let db: Kysely<TestDb>;

  beforeAll(async () => {
    handle = await target.open<TestDb>();
    db = handle.db;
    await sql`create table counter (id int primary key, value int8 not null)`.execute(db);
    await sql`create table ledger (tx int not null)`.execute(db);
    await sql`create table probe (tx int not null)`.execute(db);
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate counter, ledger, probe`.execute(db);
    await db.insertInto('counter').values({ id: 1, value: 0 }).execute();
  });

  it('runs concurrent read-modify-write transactions as if one after another', async () => {
    const total = 20;
    // Reads fired from inside open transactions, on `db` (outside any transaction) and not awaited there.
    const outsideReads: Array<Promise<State | Error>> = [];

    const outcomes = await Promise.all(
      Array.from({ length: total }, (_, tx) =>
        db
          .transaction()
          .execute(async (trx) => {
            await trx.insertInto('probe').values({ tx }).execute();
            outsideReads.push(readState(db).catch((error: Error) => error));
            // FOR UPDATE keeps the test honest on PostgreSQL, where transactions really run in parallel.
            const { value } = await trx
              .selectFrom('counter')
              .select('value')
              .where('id', '=', 1)
              .forUpdate()
              .executeTakeFirstOrThrow();
            // Yield to the event loop between read and write: the window other transactions would use.
            await sleep(tx % 3);
            await trx
              .updateTable('counter')
              .set({ value: value + 1 })
              .where('id', '=', 1)
              .execute();
            await trx.insertInto('ledger').values({ tx }).execute();
            if (tx % 3 === 0) throw new PlannedRollback(`transaction ${tx}`);
            await trx.deleteFrom('probe').where('tx', '=', tx).execute();
          })
          .then(
            () => 'committed' as const,
            (error: unknown) => {
              if (error instanceof PlannedRollback) return 'rolled back' as const;
              throw error;
            },
          ),
      ),
    );

    const committed = outcomes.filter((outcome) => outcome === 'committed').length;
    expect(committed).toBe(13); // tx 0, 3, …, 18 roll back
    expect(await readState(db)).toEqual({ counter: committed, ledger: committed, probes: 0 });

    const seen = await Promise.all(outsideReads);
    expect(seen).toHaveLength(total);
    for (const state of seen) {
      if (state instanceof Error) throw state;
      // No uncommitted probe, and the committed invariant (one ledger row per increment) holds.
      expect(state.probes).toBe(0);
      expect(state.ledger).toBe(state.counter);
    }
  });

  it('leaves nothing behind when a transaction throws, and rethrows the error', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('ledger').values({ tx: 1 }).execute();
        await trx.updateTable('counter').set({ value: 1000 }).where('id', '=', 1).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await readState(db)).toEqual({ counter: 0, ledger: 0, probes: 0 });
  });

  it('releases the connection after a failed statement inside a transaction', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto('ledger').values({ tx: attempt }).execute();
          await sql`select 1 / 0`.execute(trx);
        }),
      ).rejects.toThrow(/division by zero/);
    }
    // A leaked connection would make this wait forever; the timeout turns that into a failure.
    const { rows } = await withTimeout(sql<{ ok: number }>`select 1 as ok`.execute(db));
    expect(rows).toEqual([{ ok: 1 }]);
    expect(await readState(db)).toEqual({ counter: 0, ledger: 0, probes: 0 });
  });

  it('releases the connection after a failed statement outside a transaction', async () => {
    await expect(sql`select * from no_such_table`.execute(db)).rejects.toThrow(/no_such_table/);
    await expect(withTimeout(readState(db))).resolves.toEqual({ counter: 0, ledger: 0, probes: 0 });
  });

  it('fails the commit when a statement error was swallowed inside the transaction', async () => {
    const attempt = db.transaction().execute(async (trx) => {
      await trx.insertInto('ledger').values({ tx: 1 }).execute();
      await sql`select 1 / 0`.execute(trx).catch(() => undefined);
    });
    // PostgreSQL turned the COMMIT into a ROLLBACK; reporting success would lie about saved data.
    await expect(attempt).rejects.toSatisfy(isAbortedTransactionError);
    await expect(withTimeout(readState(db))).resolves.toEqual({ counter: 0, ledger: 0, probes: 0 });
  });

  it('applies isolation level and access mode', async () => {
    const { rows } = await db
      .transaction()
      .setIsolationLevel('serializable')
      .setAccessMode('read only')
      .execute((trx) =>
        sql`select current_setting('transaction_isolation') as isolation,
                   current_setting('transaction_read_only') as read_only`.execute(trx),
      );
    expect(rows).toEqual([{ isolation: 'serializable', read_only: 'on' }]);

    await expect(
      db
        .transaction()
        .setAccessMode('read only')
        .execute((trx) => trx.insertInto('ledger').values({ tx: 1 }).execute()),
    ).rejects.toMatchObject({ code: '25006' }); // read_only_sql_transaction
  });

  it('rolls back to a savepoint and keeps the work before it', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('ledger').values({ tx: 1 }).execute();
    const afterFirst = await trx.savepoint('after_first').execute();
    await afterFirst.insertInto('ledger').values({ tx: 2 }).execute();
    const rolledBack = await afterFirst.rollbackToSavepoint('after_first').execute();
    await rolledBack.commit().execute();
    expect(await db.selectFrom('ledger').select('tx').execute()).toEqual([{ tx: 1 }]);
  });
});

// Far below the test timeout, so a leaked session fails with a message that says so.
async function withTimeout<T>(promise: Promise<T>, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: is a connection leaked?`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
