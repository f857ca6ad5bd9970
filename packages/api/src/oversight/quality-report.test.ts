import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { fileHousehold } from '../testing/oversight-fixture';

describe.each(driverTestTargets())('quality report on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
    for (let i = 0; i < 10; i++) await fileHousehold(f);
    const drawn = await f.as('auditor').oversight.drawSpotCheck({
      orgId: f.orgId('520302'),
      sharePermille: 1000,
      stratifyBy: 'REGION',
      statuses: ['FILED'],
      seed: 'quality',
    });
    const items = (await f.as('auditor').oversight.spotCheck({ id: drawn.id })).items;
    for (const [i, item] of items.entries()) {
      await f
        .as('auditor')
        .oversight.recordSpotCheckOutcome(
          i === 0
            ? { itemId: item.id, outcome: 'WRONGLY_INCLUDED', note: '不符合条件', cancelReason: 'EXCLUSION' }
            : { itemId: item.id, outcome: 'CORRECT', note: '属实' },
        );
    }
  }, 120_000);
  afterAll(() => f?.close());

  it('reports 错评率 100‰ for 1 wrongly included of 10 checked, per child unit and in total', async () => {
    const report = await f.as('auditor').oversight.qualityReport({ orgId: f.orgId('520000'), year: 2026 });
    expect(report.total).toMatchObject({
      checked: 10,
      checkedFiled: 10,
      wronglyIncluded: { numerator: 1, denominator: 10, permille: 100 },
      missedExit: { numerator: 0, denominator: 10, permille: 0 },
      wronglyExited: { permille: null },
    });
    expect(report.byUnit.map((u) => [u.orgId, u.checked, u.wronglyIncluded.permille])).toEqual([
      [f.orgId('520300'), 10, 100],
    ]);
    const county = await f.as('zunyiReviewer').oversight.qualityReport({ orgId: f.orgId('520302') });
    expect(county.byUnit.map((u) => u.orgId)).toEqual([f.orgId('520302-G01')]);
    expect(
      (await f.as('auditor').oversight.qualityReport({ orgId: f.orgId('520000'), year: 2025 })).total.checked,
    ).toBe(0);
  });

  it('counts the finding against the surveyors, the registrar and the approver of record', async () => {
    const report = await f.as('auditor').oversight.qualityReport({ orgId: f.orgId('520000') });
    const byUser = Object.fromEntries(report.accountability.map((p) => [p.userId, p]));
    expect(byUser[f.actor('zunyiCw').userId]).toMatchObject({ surveyed: 1, registered: 1, approved: 0 });
    expect(byUser[f.actor('zunyiCw2').userId]).toMatchObject({ surveyed: 1, registered: 0, approved: 0 });
    expect(byUser[f.actor('zunyiReviewer').userId]).toMatchObject({
      surveyed: 0,
      registered: 0,
      approved: 1,
      displayName: '测试zunyiReviewer',
    });
    expect(report.accountability).toHaveLength(3);
  });

  it('hides 毕节 from a 遵义 reviewer', async () => {
    const err = await f
      .as('zunyiReviewer')
      .oversight.qualityReport({ orgId: f.orgId('520502') })
      .catch((e: { code: string }) => e.code);
    expect(err).toBe('NOT_FOUND');
  });
});
