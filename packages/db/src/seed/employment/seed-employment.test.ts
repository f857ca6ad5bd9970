import { isPositionListed, listPrefectures, type PositionStatus, prefectureOf } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../driver';
import { driverTestTargets } from '../../driver/driver-test-targets';
import type { Database } from '../../schema';
import type { SeedReport } from '../seed-province';
import { TEST_AS_OF as asOf, groupBy, seededDatabase, testCrypto } from '../seed-test-fixture';

describe.each(driverTestTargets())('seeded employment on $name', (target) => {
  let handle: DatabaseHandle<Database>;
  let report: SeedReport;
  const open = () => target.open<Database>();
  beforeAll(async () => {
    ({ handle, report } = await seededDatabase(open, 7, 60));
  }, 120_000);
  afterAll(() => handle?.close());

  const employers = () =>
    handle.db
      .selectFrom('employer as e')
      .innerJoin('org_unit as o', 'o.id', 'e.org_id')
      .select([
        'e.id',
        'e.name',
        'e.division_code',
        'e.org_path',
        'o.path',
        'o.kind',
        'o.division_code as org_division',
      ])
      .select(['e.contact_name', 'e.contact_phone_enc', 'e.contact_phone_last4'])
      .orderBy('e.id')
      .execute();
  const positions = () => handle.db.selectFrom('position').selectAll().orderBy('id').execute();

  it('files 8–20 employers per prefecture under a grassroots union of their county, phones encrypted', async () => {
    const rows = await employers();
    const byPrefecture = groupBy(rows, (e) => prefectureOf(e.division_code) ?? '');
    expect([...byPrefecture.keys()].sort()).toEqual(listPrefectures().map((p) => p.code));
    for (const list of byPrefecture.values()) expect(list.length).toBeGreaterThanOrEqual(8);
    for (const list of byPrefecture.values()) expect(list.length).toBeLessThanOrEqual(20);
    expect(new Set(rows.map((e) => e.name)).size).toBe(rows.length);
    for (const e of rows) {
      expect(e.kind).toMatch(/^GRASSROOTS_/);
      expect(e.org_division).toBe(e.division_code);
      expect(e.org_path).toBe(e.path);
      expect(e.name).toMatch(/(有限公司|维修厂|服务中心)$/);
      const phone = testCrypto.decrypt(e.contact_phone_enc!);
      expect(phone).toMatch(/^1\d{10}$/);
      expect(phone.slice(-4)).toBe(e.contact_phone_last4);
    }
    expect(report.tables.employer).toBe(rows.length);
  });

  it('posts 2–5 positions per employer at 2,200–6,000 yuan, some expired and some filled', async () => {
    const rows = await positions();
    for (const list of groupBy(rows, (p) => p.employer_id).values()) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(5);
    }
    for (const p of rows) {
      expect(p.salary_min_fen).toBeGreaterThanOrEqual(220_000);
      expect(p.salary_max_fen).toBeLessThanOrEqual(600_000);
      expect(p.salary_max_fen).toBeGreaterThanOrEqual(p.salary_min_fen);
      expect(p.salary_min_fen % 100).toBe(0);
    }
    const listing = (p: (typeof rows)[number]) =>
      isPositionListed(
        {
          status: p.status as PositionStatus,
          validFrom: p.valid_from,
          validTo: p.valid_to,
          headcount: p.headcount,
          filled: p.filled,
        },
        asOf,
      );
    const expired = rows.filter((p) => p.valid_to < asOf);
    const filled = rows.filter((p) => p.filled === p.headcount && p.valid_to >= asOf);
    expect(expired.length).toBeGreaterThan(0);
    expect(filled.length).toBeGreaterThan(0);
    expect(rows.filter(listing).length / rows.length).toBeGreaterThan(0.6);
    expect(new Set(rows.map((p) => p.category)).size).toBeGreaterThanOrEqual(8);
    expect(report.tables.position).toBe(rows.length);
  });

  it('publishes 1–2 fairs per prefecture, one on now in 遵义 (汇川区), with booths and positions', async () => {
    const fairs = await handle.db.selectFrom('job_fair').selectAll().execute();
    const byPrefecture = groupBy(fairs, (f) => f.org_path);
    expect(byPrefecture.size).toBe(9);
    for (const list of byPrefecture.values()) expect([1, 2]).toContain(list.length);
    expect(fairs.every((f) => f.status === 'PUBLISHED' && f.published_at !== null)).toBe(true);
    const zunyi = fairs.find(
      (f) => f.org_path === '/520000/520300/' && f.start_date <= asOf && asOf <= f.end_date,
    );
    expect(zunyi?.division_code).toBe('520303');
    expect(zunyi?.name).toMatch(/^2025年遵义市.+专场招聘会$/);
    const booths = await handle.db.selectFrom('fair_booth').selectAll().execute();
    const offered = await handle.db
      .selectFrom('fair_position as fp')
      .innerJoin('position as p', 'p.id', 'fp.position_id')
      .select(['fp.fair_id', 'fp.employer_id', 'p.employer_id as owner'])
      .execute();
    expect(offered.every((o) => o.employer_id === o.owner)).toBe(true);
    for (const f of fairs) expect(booths.filter((b) => b.fair_id === f.id).length).toBeGreaterThanOrEqual(6);
    expect(report.tables).toMatchObject({
      job_fair: fairs.length,
      fair_booth: booths.length,
      fair_position: offered.length,
    });
    expect(report.phases.map((p) => p.phase)).toContain('employment');
  });

  it('is the same for the same seed, whatever the number of households', async () => {
    const snapshot = async (db: DatabaseHandle<Database>['db']) => [
      ...(await db
        .selectFrom('employer')
        .select(['id', 'name', 'contact_name', 'org_id'])
        .orderBy('id')
        .execute()),
      ...(await db
        .selectFrom('position')
        .select(['id', 'title', 'salary_min_fen', 'valid_to'])
        .orderBy('id')
        .execute()),
      ...(await db.selectFrom('fair_booth').selectAll().orderBy('fair_id').orderBy('booth_no').execute()),
    ];
    const other = await seededDatabase(open, 7, 90);
    try {
      expect(await snapshot(other.handle.db)).toEqual(await snapshot(handle.db));
    } finally {
      await other.handle.close();
    }
  }, 120_000);
});
