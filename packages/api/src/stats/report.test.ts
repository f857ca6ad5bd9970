import { categoryCounts, createFieldCrypto, type Database, type DatabaseHandle } from '@bangfu/db';
import { driverTestTargets, seededDatabase, TEST_NOW } from '@bangfu/db/testing';
import { percentShare } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsOverview } from './overview';
import { provinceReport } from './report/province-report';
import type { StatsContext } from './stats-scope';
import { statsTrend } from './trend';

const N = 600;
const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

describe.each(driverTestTargets())('the survey report on a seeded province on $name', (target) => {
  let handle: DatabaseHandle<Database>;
  let ctx: StatsContext;
  beforeAll(async () => {
    ({ handle } = await seededDatabase(target.open, 7, N));
    const org = await handle.db
      .selectFrom('org_unit')
      .select(['id', 'path'])
      .where('code', '=', '520000')
      .executeTakeFirstOrThrow();
    // The three things the report reads from a request context: the database, the viewer and the clock.
    ctx = {
      db: handle.db,
      now: () => TEST_NOW,
      crypto: createFieldCrypto(Buffer.alloc(32)),
      actor: {
        userId: 'x',
        username: 'x',
        displayName: 'x',
        roles: ['admin'],
        orgId: org.id,
        orgPath: org.path,
      },
    } as unknown as StatsContext;
  }, 300_000);
  afterAll(() => handle?.close());

  it('counts the survey population by category exactly as the seed apportioned it, with shares', async () => {
    const report = await provinceReport(ctx, {});
    const expected = categoryCounts(N);
    expect(report.total.households).toBe(N);
    expect(Object.fromEntries(report.byCategory.map((c) => [c.key, c.households]))).toEqual(expected);
    for (const c of report.byCategory) expect(c.share).toBe(percentShare(c.households, N));
    expect(report.narrative[0]?.zh).toContain(`全省城镇困难职工共有${N}户${report.total.people}人`);
    expect(report.narrative[0]?.zh).toContain(
      `低保户${expected.DIBAO}户,占${percentShare(expected.DIBAO, N)}%`,
    );
  });

  it('adds up in every table: regions, counties, causes, industries, work status and income bands', async () => {
    const r = await provinceReport(ctx, { incomeBandsYuan: [200, 400, 800] });
    for (const table of [r.byPrefecture, r.byCause, r.byIndustry, r.byWorkStatus, r.byIncomeBand]) {
      expect(sum(table, (x) => x.households)).toBe(N);
      expect(sum(table, (x) => x.people)).toBe(r.total.people);
    }
    for (const p of r.byPrefecture) expect(sum(p.counties, (c) => c.households)).toBe(p.households);
    expect(r.byPrefecture).toHaveLength(9);
    expect(r.byIndustry.map((x) => x.key)).not.toContain('UNKNOWN');
    expect(r.byIncomeBand.map((b) => b.key)).toEqual(['0-200', '200-400', '400-800', '800-']);
    expect(sum(r.causeByCategory, (c) => sum(Object.values(c.byCategory), (v) => v))).toBe(N);
  });

  it('on file: the report (direct), the overview (summary cells) and the trend (flows) agree', async () => {
    const onFile = await provinceReport(ctx, { basis: 'ON_FILE' });
    const overview = await statsOverview(ctx, {});
    const trend = await statsTrend(ctx, {}, async () => []);
    expect(overview.onFile).toEqual(onFile.total);
    expect(trend.years.at(-1)?.stock).toEqual(onFile.total);
    expect(onFile.total.households).toBeLessThan(N);
  });
});
