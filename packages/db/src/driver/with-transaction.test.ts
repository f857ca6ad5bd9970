import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './create-database';
import { driverTestTargets } from './driver-test-targets';
import { withTransaction } from './with-transaction';

interface TestDb {
  note: { text: string };
}

describe.each(driverTestTargets())('withTransaction on $name', (target) => {
  let handle: DatabaseHandle<TestDb>;
  let db: Kysely<TestDb>;

  beforeAll(async () => {
    handle = await target.open<TestDb>();
    db = handle.db;
    await sql`create table note (text text not null)`.execute(db);
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await sql`truncate note`.execute(db);
  });

  const notes = async (): Promise<string[]> =>
    (await db.selectFrom('note').select('text').orderBy('text').execute()).map((row) => row.text);

  it('opens and commits a transaction of its own when given the database', async () => {
    const result = await withTransaction(db, async (trx) => {
      expect(trx.isTransaction).toBe(true);
      await trx.insertInto('note').values({ text: 'own' }).execute();
      return 'done';
    });
    expect(result).toBe('done');
    expect(await notes()).toEqual(['own']);
  });

  it('rolls back its own transaction when fn throws', async () => {
    await expect(
      withTransaction(db, async (trx) => {
        await trx.insertInto('note').values({ text: 'lost' }).execute();
        throw new Error('fn failed');
      }),
    ).rejects.toThrow('fn failed');
    expect(await notes()).toEqual([]);
  });

  it('joins the caller’s transaction instead of nesting one (which Kysely would refuse)', async () => {
    await db.transaction().execute(async (outer) => {
      await outer.insertInto('note').values({ text: 'outer' }).execute();
      await withTransaction(outer, async (inner) => {
        expect(inner).toBe(outer);
        await inner.insertInto('note').values({ text: 'inner' }).execute();
      });
    });
    expect(await notes()).toEqual(['inner', 'outer']);
  });

  it('rolls back the whole outer transaction when the joined work throws', async () => {
    await expect(
      db.transaction().execute(async (outer) => {
        await outer.insertInto('note').values({ text: 'outer' }).execute();
        await withTransaction(outer, async (inner) => {
          await inner.insertInto('note').values({ text: 'inner' }).execute();
          throw new Error('inner failed');
        });
        await outer.insertInto('note').values({ text: 'never reached' }).execute();
      }),
    ).rejects.toThrow('inner failed');
    expect(await notes()).toEqual([]);
  });
});
