import { driverTestTargets } from '@bangfu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCountyUnits,
  directCounts,
  exitFile,
  fileUnder,
  overviewAs,
  verifyAllUnder,
} from '../testing/assessment-fixture';
import { postEmployer } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { postCourse, trainMember } from '../testing/training-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai: 333 of 365 days gone (912‰).
describe.each(driverTestTargets())('assessment progress and ranking on $name', (target) => {
  let f: Fixture;
  let units: Record<'G01' | 'E01' | 'E02' | 'E03', string>;
  beforeAll(async () => {
    f = await createFixture(target);
    const [e01, e02, e03] = await addCountyUnits(f, ['520302-E01', '520302-E02', '520302-E03']);
    units = { G01: f.orgId('520302-G01'), E01: e01!, E02: e02!, E03: e03! };
    const g = [await fileUnder(f, units.G01), await fileUnder(f, units.G01), await fileUnder(f, units.G01)];
    const e = [await fileUnder(f, units.E01), await fileUnder(f, units.E01)];
    await verifyAllUnder(f, f.orgId('520302'), 'vol01', units.E03);
    g.push(await fileUnder(f, units.G01));
    await exitFile(f, g[2]!.id, 'EXIT_TUOKUN');
    await exitFile(f, e[1]!.id, 'EXIT_JIEKUN');
    const courseId = await postCourse(f);
    await trainMember(f, { courseId, householdId: g[0]!.id, memberId: g[0]!.memberIds[0]! });
    await trainMember(f, { courseId, householdId: g[0]!.id, memberId: g[0]!.memberIds[1]! });
    await trainMember(f, { courseId, householdId: e[0]!.id, memberId: e[0]!.memberIds[0]! });
    const employerId = await postEmployer(f);
    await f.as('zunyiCw').placements.create({
      householdId: g[1]!.id,
      memberId: g[1]!.memberIds[1]!,
      employerId,
      startDate: '2026-10-08',
      monthlyWageFen: 320_000,
    });
    await f.as('zunyiCw').assessment.setTargets({
      year: 2026,
      targets: [
        { orgId: units.G01, metric: 'EXITS', targetValue: 1 },
        { orgId: units.G01, metric: 'TRAININGS', targetValue: 4 },
        { orgId: units.G01, metric: 'PLACEMENTS', targetValue: 1 },
        { orgId: units.G01, metric: 'VERIFICATION_COVERAGE', targetValue: 900 },
        { orgId: units.E01, metric: 'EXITS', targetValue: 2 },
        { orgId: units.E01, metric: 'TRAININGS', targetValue: 1 },
        { orgId: units.E02, metric: 'EXITS', targetValue: 1 },
      ],
    });
  }, 240_000);
  afterAll(() => f?.close());

  const actualsOf = (u: { metrics: { metric: string; actual: number }[]; coverage: object }) => ({
    ...Object.fromEntries(u.metrics.map((m) => [m.metric, m.actual])),
    ...u.coverage,
  });

  it('reports actuals that equal direct counts of the raw tables, per subordinate unit', async () => {
    const o = await overviewAs(f, 'zunyiCw', 2026);
    const paths = await f.handle.db.selectFrom('org_unit').select(['id', 'path']).execute();
    const pathOf = (id: string) => paths.find((p) => p.id === id)!.path;
    for (const id of Object.values(units)) {
      const direct = await directCounts(f, pathOf(id), 2026);
      const expected = {
        ...direct,
        VERIFICATION_COVERAGE: direct.onFile ? Math.floor((direct.verified * 1000) / direct.onFile) : 0,
      };
      expect(actualsOf(o.unit(id))).toEqual(expected);
    }
    expect(actualsOf(o.unit(units.G01))).toEqual({
      EXITS: 1,
      TRAININGS: 2,
      PLACEMENTS: 1,
      VERIFICATION_COVERAGE: 666,
      verified: 2,
      onFile: 3,
    });
    expect(actualsOf(o.unit(units.E01))).toMatchObject({
      EXITS: 1,
      TRAININGS: 1,
      PLACEMENTS: 0,
      VERIFICATION_COVERAGE: 1000,
    });
    // A level up, the county is one unit holding all of it; nothing counts for another year.
    const up = await overviewAs(f, 'zunyiReviewer', 2026);
    const county = await directCounts(f, pathOf(f.orgId('520302')), 2026);
    expect(actualsOf(up.unit(f.orgId('520302')))).toMatchObject({
      EXITS: county.EXITS,
      TRAININGS: 3,
      PLACEMENTS: 1,
    });
    expect(county).toMatchObject({ EXITS: 2, TRAININGS: 3, PLACEMENTS: 1, onFile: 4, verified: 3 });
    const lastYear = await overviewAs(f, 'zunyiCw', 2025);
    expect(lastYear.unit(units.G01).metrics.map((m) => m.actual)).toEqual([0, 0, 0, 0]);
  });

  it('judges each metric by the share of the year gone', async () => {
    const o = await overviewAs(f, 'zunyiCw', 2026);
    expect(o.elapsedPermille).toBe(912);
    const g01 = o.unit(units.G01).metrics.map((m) => [m.metric, m.completionPermille, m.status]);
    expect(g01).toEqual([
      ['EXITS', 1000, 'MET'],
      ['TRAININGS', 500, 'BEHIND'],
      ['PLACEMENTS', 1000, 'MET'],
      ['VERIFICATION_COVERAGE', 740, 'BEHIND'],
    ]);
    expect(o.unit(units.E03).metrics.every((m) => m.status === 'NO_TARGET')).toBe(true);
  });

  it('ranks by the mean capped completion, ties by name, and explains the score', async () => {
    const o = await overviewAs(f, 'zunyiCw', 2026);
    const ranked = [...o.units].sort((a, b) => a.rank - b.rank);
    expect(ranked.map((u) => [u.name, u.rank, u.score.scorePermille])).toEqual([
      ['红花岗区中华路社区工会', 1, 810],
      ['520302-E01工会', 2, 750],
      ['520302-E02工会', 3, 0],
      ['520302-E03工会', 4, 0],
    ]);
    expect(o.unit(units.G01).score).toMatchObject({
      meanCompletionPermille: 810,
      overdueCount: 0,
      deductionPermille: 0,
    });
    expect(o.unit(units.G01).score.explanation.zh).toBe(
      '4项指标平均完成率 81.0%(解困脱困户数 100.0%、培训人数 50.0%、就业安置人数 100.0%、志愿者核查覆盖率 74.0%);逾期任务扣分 0 × 2.0%;综合得分 81.0%',
    );
    expect(o.policyVersion).toBe(0);
  });

  it('says there is nothing to assess below a grassroots union', async () => {
    const o = await overviewAs(f, 'grassrootsCw', 2026);
    expect([o.units, o.parent.canSetTargets]).toEqual([[], true]);
  });

  it('exports the assessment sheet in rank order, audited; a volunteer may not', async () => {
    const before = await f.handle.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'assessment.export')
      .execute();
    const sheet = await f.as('hhgReviewer').assessment.exportSheet({ year: 2026 });
    expect(sheet).toMatchObject({ rows: 4, filename: '2026-红花岗区总工会-考核表.xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(sheet.contentBase64, 'base64') as never);
    const ws = book.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('排名');
    expect([2, 3, 4, 5].map((r) => ws.getRow(r).getCell(2).value)).toEqual([
      '红花岗区中华路社区工会',
      '520302-E01工会',
      '520302-E02工会',
      '520302-E03工会',
    ]);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    expect(ws.getRow(2).getCell(col('综合得分')).value).toBe('81.0%');
    expect(ws.getRow(2).getCell(col('志愿者核查覆盖率实际')).value).toBe('66.6%');
    const after = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id', 'actor_id'])
      .where('action', '=', 'assessment.export')
      .execute();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      entity_id: f.orgId('520302'),
      actor_id: f.actor('hhgReviewer').userId,
    });
    expect((await failure(f.as('volunteer').assessment.exportSheet({ year: 2026 }))).domainCode).toBe(
      'FORBIDDEN',
    );
  });
});
