import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { cleanSheet, importCounts, importFile } from '../testing/household-import-fixture';
import { importRegistry } from './import-registry';
import { householdImportTestHooks } from './write-import';

const BULK = 10_000;

describe.each(driverTestTargets())('household import at scale on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());
  afterEach(() => {
    householdImportTestHooks.afterChunk = undefined;
  });

  const run = async (base64: string) => {
    const { importId } = await f
      .as('zunyiCw')
      .householdImport.start({ fileName: 'bulk.xlsx', contentBase64: base64 });
    await importRegistry.settled(importId);
    return f.as('zunyiCw').householdImport.progress({ importId });
  };
  const statHouseholds = async () =>
    Number(
      (
        await f.handle.db
          .selectFrom('stat_household')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('households'), eb.lit(0)).as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('leaves nothing behind when the write fails halfway', async () => {
    const { households, members } = cleanSheet(3_000, '520302', 'F');
    const before = await importCounts(f);
    const statsBefore = await statHouseholds();
    householdImportTestHooks.afterChunk = (done) => {
      if (done >= 2_000) throw new Error('injected failure after 2,000 households');
    };
    const p = await run(await importFile(households, members));
    expect(p.status).toBe('FAILED');
    expect(p.failure?.zh).toContain('未导入任何档案');
    const after = await importCounts(f);
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(await statHouseholds()).toBe(statsBefore);
    const row = await f.handle.db
      .selectFrom('household_import')
      .select(['status', 'households'])
      .where('id', '=', p.importId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'FAILED', households: 0 });
  }, 300_000);

  it(`imports ${BULK.toLocaleString('en')} clean households whole`, async () => {
    const { households, members } = cleanSheet(BULK, '520302-G01', 'B');
    const file = await importFile(households, members);
    const before = await importCounts(f);
    const p = await run(file);
    expect([p.status, p.households, p.members, p.done, p.total]).toEqual([
      'DONE',
      BULK,
      2 * BULK,
      BULK,
      BULK,
    ]);
    expect(await importCounts(f)).toEqual({
      households: before.households + BULK,
      members: before.members + 2 * BULK,
      activeIds: before.activeIds + 2 * BULK,
      audit: before.audit + 1,
    });
    for (const i of [1, 4_999, BULK]) {
      const h = await f.handle.db
        .selectFrom('household')
        .selectAll()
        .where('address', '=', `遵义市红花岗区中华路B${i}号`)
        .executeTakeFirstOrThrow();
      const ms = await f.handle.db
        .selectFrom('household_member')
        .selectAll()
        .where('household_id', '=', h.id)
        .orderBy('seq')
        .execute();
      const expected = members.slice(2 * (i - 1), 2 * i);
      expect(ms.map((m) => f.services.crypto.decrypt(m.id_number_enc))).toEqual(
        expected.map((m) => m.idNumber),
      );
      expect(ms.map((m) => m.id_number_bidx)).toEqual(
        expected.map((m) => f.services.crypto.blindIndex(m.idNumber as string)),
      );
      expect(f.services.crypto.decrypt(ms[0]!.phone_enc!)).toBe('13812341234');
      expect(f.services.crypto.decrypt(h.bank_account_enc!)).toBe('6222020200112233445');
      expect([h.status, h.org_path, Number(h.monthly_income_fen), h.member_count]).toEqual([
        'DRAFT',
        `/520000/520300/520302/520302-G01/`,
        150_050,
        2,
      ]);
    }
    const audit = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'after'])
      .where('entity_id', '=', p.importId)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('household.import');
    expect(audit.after).toMatchObject({ households: BULK, members: 2 * BULK, status: 'DRAFT' });
  }, 600_000);
});
