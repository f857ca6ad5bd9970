import { type HouseholdStatus, isActiveStatus, listPrefectures, prefectureOf } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../driver';
import { driverTestTargets } from '../driver/driver-test-targets';
import type { Database } from '../schema';
import { categoryCounts } from './apportion';
import { countyCaseworkerUsername, DEMO_ACCOUNTS } from './demo-accounts';
import { FILED_STATUSES } from './household-plan';
import type { SeedReport } from './seed-province';
import { TEST_HOUSEHOLDS as N, seededDatabase } from './seed-test-fixture';

describe.each(driverTestTargets())('seedProvince on $name', (target) => {
  let handle: DatabaseHandle<Database>;
  let report: SeedReport;
  const open = () => target.open<Database>();

  beforeAll(async () => {
    ({ handle, report } = await seededDatabase(open, 7));
  }, 120_000);
  afterAll(() => handle?.close());

  const households = () => handle.db.selectFrom('household').selectAll().orderBy('id').execute();

  it('builds the org tree: 1 province, 9 prefectures, 88 counties, grassroots under their county', async () => {
    const units = await handle.db.selectFrom('org_unit').selectAll().execute();
    const count = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect([count('PROVINCE'), count('PREFECTURE'), count('COUNTY')]).toEqual([1, 9, 88]);
    expect(count('INDUSTRY')).toBeGreaterThanOrEqual(2);
    expect(count('GRASSROOTS_COMMUNITY') + count('GRASSROOTS_ENTERPRISE')).toBeGreaterThanOrEqual(88 * 2);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units) {
      const parent = unit.parent_id ? byId.get(unit.parent_id) : undefined;
      expect(unit.path).toBe(`${parent?.path ?? '/'}${unit.code}/`);
      if (unit.kind === 'COUNTY') expect(unit.path).toBe(`/520000/${prefectureOf(unit.code)}/${unit.code}/`);
      if (unit.kind.startsWith('GRASSROOTS')) {
        expect(parent?.kind).toBe('COUNTY');
        expect(unit.division_code).toBe(parent?.code);
        expect(unit.code).toMatch(new RegExp(`^${parent?.code}-G\\d{2}$`));
      }
      expect(unit.name_en.length).toBeGreaterThan(0);
    }
    expect(report.tables.org_unit).toBe(units.length);
  });

  it('creates the demo accounts and one caseworker per county, all with the given hash', async () => {
    const staff = await handle.db
      .selectFrom('staff_user as s')
      .innerJoin('org_unit as o', 'o.id', 's.org_id')
      .select(['s.username', 's.roles', 's.password_hash', 'o.code'])
      .execute();
    const byName = new Map(staff.map((s) => [s.username, s]));
    for (const account of DEMO_ACCOUNTS) {
      expect(byName.get(account.username)).toMatchObject({ code: account.orgCode, roles: account.roles });
    }
    expect(byName.get('zunyi.cw')?.code).toBe('520302');
    expect(byName.get('bijie.cw')?.code).toBe('520502');
    expect(staff.filter((s) => s.username.startsWith('cw.'))).toHaveLength(88);
    expect(new Set(staff.map((s) => s.password_hash))).toEqual(new Set(['$argon2id$demo']));
    expect(staff.every((s) => s.username === s.username.toLowerCase())).toBe(true);
  });

  it('seeds exactly N households with the apportioned category counts, filed under a grassroots union of their county', async () => {
    const rows = await handle.db
      .selectFrom('household as h')
      .innerJoin('org_unit as o', 'o.id', 'h.org_id')
      .innerJoin('staff_user as s', 's.id', 'h.created_by')
      .select([
        'h.category',
        'h.org_path',
        'h.division_code',
        'h.standard_version',
        'o.path',
        'o.kind',
        'o.division_code as org_division',
        's.username',
      ])
      .execute();
    expect(rows).toHaveLength(N);
    const counts = { DIBAO: 0, DIBAO_EDGE: 0, ACCIDENT_2016: 0 } as Record<string, number>;
    for (const r of rows) counts[r.category] = (counts[r.category] ?? 0) + 1;
    expect(counts).toEqual(categoryCounts(N));
    expect(report.categories).toEqual(categoryCounts(N));
    const prefectures = new Set(listPrefectures().map((p) => p.code));
    for (const r of rows) {
      const prefecture = prefectureOf(r.division_code);
      expect(prefectures.has(prefecture ?? '')).toBe(true);
      expect(r.org_path.startsWith(`/520000/${prefecture}/`)).toBe(true);
      expect(r.org_path.startsWith(`/520000/${prefecture}/${r.division_code}/`)).toBe(true);
      expect(r.org_path).toBe(r.path);
      expect(r.kind).toMatch(/^GRASSROOTS_/);
      expect(r.org_division).toBe(r.division_code);
      expect(r.standard_version).toBe('ACFTU_2016');
      expect(r.username).toBe(countyCaseworkerUsername(r.division_code));
    }
  });

  it('numbers filed households uniquely and claims ID numbers only for active ones', async () => {
    const hs = await households();
    const fileNos = hs.flatMap((h) => (h.file_no ? [h.file_no] : []));
    expect(new Set(fileNos).size).toBe(fileNos.length);
    for (const h of hs) {
      const filed = FILED_STATUSES.has(h.status as HouseholdStatus);
      expect(h.file_no !== null).toBe(filed);
      if (h.file_no) expect(h.file_no).toMatch(new RegExp(`^GZ2016-${h.division_code}-\\d{6}$`));
    }
    const statuses = new Set(hs.map((h) => h.status));
    expect(statuses.has('FILED') && statuses.has('AIDED')).toBe(true);
    const active = await handle.db
      .selectFrom('active_id_number as a')
      .innerJoin('household_member as m', 'm.id', 'a.member_id')
      .innerJoin('household as h', 'h.id', 'a.household_id')
      .select(['a.id_number_bidx', 'm.id_number_bidx as member_bidx', 'm.household_id', 'h.id', 'h.status'])
      .execute();
    for (const a of active) {
      expect(a.id_number_bidx).toBe(a.member_bidx);
      expect(a.household_id).toBe(a.id);
      expect(isActiveStatus(a.status as HouseholdStatus)).toBe(true);
    }
    const expected = hs
      .filter((h) => isActiveStatus(h.status as HouseholdStatus))
      .reduce((s, h) => s + h.member_count, 0);
    expect(active).toHaveLength(expected);
    expect(report.tables.active_id_number).toBe(expected);
  });

  it('is deterministic: the same seed gives the same rows, another seed different ones', async () => {
    const snapshot = async (db: DatabaseHandle<Database>['db']) =>
      (
        await db
          .selectFrom('household as h')
          .innerJoin('household_member as m', 'm.household_id', 'h.id')
          .select([
            'h.id',
            'h.category',
            'h.status',
            'h.file_no',
            'h.monthly_income_fen',
            'm.id as mid',
            'm.name',
            'm.id_number_bidx',
          ])
          .orderBy('h.id')
          .orderBy('m.seq')
          .execute()
      ).map((r) => JSON.stringify(r));
    const again = await seededDatabase(open, 7);
    const other = await seededDatabase(open, 8, 100);
    try {
      const first = await snapshot(handle.db);
      expect(await snapshot(again.handle.db)).toEqual(first);
      const different = new Set(await snapshot(other.handle.db));
      expect(first.filter((row) => different.has(row))).toEqual([]);
    } finally {
      await Promise.all([again.handle.close(), other.handle.close()]);
    }
  }, 120_000);
  it('starts the timeline of every filed household with its import step, then the steps to its status', async () => {
    const rows = await handle.db
      .selectFrom('household as h')
      .leftJoin('ident_step as s', 's.household_id', 'h.id')
      .select(['h.id', 'h.file_no', 'h.status', 's.seq', 's.event', 's.to_status', 's.actor_kind'])
      .orderBy('h.id')
      .orderBy('s.seq')
      .execute();
    const timelines = new Map<string, typeof rows>();
    for (const r of rows) timelines.set(r.id, [...(timelines.get(r.id) ?? []), r]);
    const expected: Record<string, string[]> = {
      FILED: ['APPROVE'],
      AIDED: ['APPROVE'],
      UNDER_REVIEW: ['APPROVE', 'START_REVIEW'],
      EXITED_TUOKUN: ['APPROVE', 'START_REVIEW', 'EXIT_TUOKUN'],
      EXITED_JIEKUN: ['APPROVE', 'START_REVIEW', 'EXIT_JIEKUN'],
      CANCELLED: ['APPROVE', 'START_REVIEW', 'CANCEL'],
    };
    for (const steps of timelines.values()) {
      const [first] = steps;
      if (!first?.file_no) {
        expect(steps.map((s) => s.event)).toEqual([null]);
        continue;
      }
      expect(steps.map((s) => s.event)).toEqual(expected[first.status]);
      expect(steps.every((s) => s.actor_kind === 'SYSTEM')).toBe(true);
      // The last step leads to the status the file is in (AIDED: its payments are not seeded here).
      if (first.status !== 'AIDED') expect(steps.at(-1)?.to_status).toBe(first.status);
    }
    expect(timelines.size).toBe(N);
  });
});
