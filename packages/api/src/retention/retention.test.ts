import { driverTestTargets } from '@bangfu/db/testing';
import { RETENTION_POLICY_KIND, RetentionPolicySchema } from '@bangfu/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-audit';
import { publishPolicy } from '../policies/load-policy';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { closedHousehold, retentionAs } from '../testing/retention-fixture';

// The fixture's clock reads 2026-11-29 (Asia/Shanghai): the default 10 years reach 2016-11-29.
describe.each(driverTestTargets())('retention on $name', (target) => {
  let f: Fixture;
  let old: Awaited<ReturnType<typeof closedHousehold>>;
  let recent: Awaited<ReturnType<typeof closedHousehold>>;
  let open: Awaited<ReturnType<typeof closedHousehold>>;
  beforeAll(async () => {
    f = await createFixture(target);
    old = await closedHousehold(f, 1, 'EXITED_TUOKUN', '2015-10-01T02:00:00Z'); // 11 years
    recent = await closedHousehold(f, 2, 'CANCELLED', '2017-10-01T02:00:00Z'); // 9 years
    open = await closedHousehold(f, 3, 'FILED', '2010-01-01T02:00:00Z'); // open, 16 years on file
  });
  afterAll(() => f?.close());

  const householdRow = (id: string) =>
    f.handle.db.selectFrom('household').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const memberRows = (id: string) =>
    f.handle.db.selectFrom('household_member').selectAll().where('household_id', '=', id).execute();
  const statTotals = () =>
    f.handle.db
      .selectFrom('stat_household')
      .select(['status', 'category'])
      .select((eb) => [eb.fn.sum<number>('households').as('h'), eb.fn.sum<number>('people').as('p')])
      .groupBy(['status', 'category'])
      // The summary keeps a zero row for a group that emptied; a direct count has none.
      .having((eb) => eb.fn.sum('households'), '>', 0)
      .orderBy('status')
      .orderBy('category')
      .execute();
  const directTotals = () =>
    f.handle.db
      .selectFrom('household')
      .select(['status', 'category'])
      .select((eb) => [eb.fn.countAll<number>().as('h'), eb.fn.sum<number>('member_count').as('p')])
      .groupBy(['status', 'category'])
      .orderBy('status')
      .orderBy('category')
      .execute();

  it('refuses a caseworker and changes nothing', async () => {
    expect((await failure(retentionAs(f, 'zunyiCw').run({}))).code).toBe('FORBIDDEN');
    expect((await householdRow(old.id)).head_name).toBe('张建国');
  });

  it('previews only the file closed 11 years ago', async () => {
    const p = await retentionAs(f, 'auditor').preview();
    expect(p).toMatchObject({ policyVersion: 0, yearsAfterClose: 10, cutoff: '2016-11-29', due: 1 });
    expect((await householdRow(old.id)).head_name).toBe('张建国');
  });

  it('anonymises the old file, keeps statistics true and audits it', async () => {
    const statsBefore = await statTotals();
    const r = await retentionAs(f, 'admin').run({});
    expect(r).toMatchObject({ due: 1, anonymised: 1, failedIds: [] });
    const h = await householdRow(old.id);
    expect(h).toMatchObject({ head_name: '张*国', bank_account_enc: null, bank_account_last4: null });
    expect(h).toMatchObject({ status: 'EXITED_TUOKUN', category: 'DIBAO', member_count: 2 });
    for (const m of await memberRows(old.id)) {
      expect(m.name).toContain('*');
      expect(Buffer.from(m.id_number_enc).length).toBe(0);
      expect(m.id_number_bidx).toBe(`anon:${m.id}`);
      expect([m.phone_enc, m.phone_last4, m.monthly_income_fen]).toEqual([null, null, 0]);
    }
    // No stored value of the file still decrypts or matches the person's blind index.
    for (const idNumber of old.idNumbers) {
      const hits = await f.handle.db
        .selectFrom('household_member')
        .select('id')
        .where('id_number_bidx', '=', f.services.crypto.blindIndex(idNumber))
        .execute();
      expect(hits).toHaveLength(0);
    }
    expect(await statTotals()).toEqual(statsBefore);
    expect((await statTotals()).map((s) => [s.status, s.category, Number(s.h), Number(s.p)])).toEqual(
      (await directTotals()).map((s) => [s.status, s.category, Number(s.h), Number(s.p)]),
    );
    const audit = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id', 'actor_role', 'after'])
      .where('action', '=', 'retention.anonymise')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: old.id, actor_role: 'admin' });
    expect(JSON.stringify(audit[0]?.after)).not.toContain('张建国');
    expect((await verifyAuditChain(f.handle.db)).ok).toBe(true);
  });

  it('leaves the 9-year-old file and the open file whole, and a second run does nothing', async () => {
    const r = await retentionAs(f, 'admin').run({});
    expect(r).toMatchObject({ due: 0, anonymised: 0 });
    for (const keep of [recent, open]) {
      const h = await householdRow(keep.id);
      expect(h.head_name).toBe('张建国');
      expect(h.bank_account_enc).not.toBeNull();
      const ids = (await memberRows(keep.id)).map((m) => f.services.crypto.decrypt(m.id_number_enc));
      expect(ids.sort()).toEqual([...keep.idNumbers].sort());
    }
  });

  it('follows a published policy version and records it', async () => {
    await publishPolicy(f.context('admin'), {
      kind: RETENTION_POLICY_KIND,
      schema: RetentionPolicySchema,
      body: { yearsAfterClose: 8, batchSize: 100 },
      effectiveFrom: '2026-01-01',
    });
    const r = await retentionAs(f, 'admin').run({});
    expect(r).toMatchObject({ policyVersion: 1, yearsAfterClose: 8, anonymised: 1 });
    expect((await householdRow(recent.id)).head_name).toBe('张*国');
    expect((await householdRow(open.id)).head_name).toBe('张建国');
    const rows = await sql<{ household_id: string; policy_version: number }>`
      select household_id, policy_version from retention_anonymisation order by policy_version`.execute(
      f.handle.db,
    );
    expect(rows.rows.map((x) => [x.household_id, Number(x.policy_version)])).toEqual([
      [old.id, 0],
      [recent.id, 1],
    ]);
  });
});
