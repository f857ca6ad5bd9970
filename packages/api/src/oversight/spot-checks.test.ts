import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { fileHousehold, oversightCounts, payAid, statusOf } from '../testing/oversight-fixture';

const ALL_FILED = ['FILED', 'AIDED', 'EXITED_TUOKUN', 'EXITED_JIEKUN'] as const;

describe.each(driverTestTargets())('spot checks on $name', (target) => {
  let f: Fixture;
  let zunyi: string[];
  let bijie: string[];
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = [];
    bijie = [];
    // 7 files led by zunyiCw, 3 led by zunyiCw2 (the lead surveyor is the first named), 4 in 毕节.
    for (let i = 0; i < 7; i++) zunyi.push(await fileHousehold(f));
    for (let i = 0; i < 3; i++) {
      zunyi.push(await fileHousehold(f, { surveyors: ['zunyiCw2', 'zunyiCw'], registrar: 'zunyiCw2' }));
    }
    for (let i = 0; i < 4; i++) bijie.push(await fileHousehold(f, { org: '520502-G01' }));
  }, 120_000);
  afterAll(() => f?.close());

  const auditor = () => f.as('auditor').oversight;
  const draw = (seed: string, stratifyBy: 'REGION' | 'SURVEYOR' | 'BOTH' = 'REGION', share = 300) =>
    auditor().drawSpotCheck({
      orgId: f.orgId('520000'),
      sharePermille: share,
      stratifyBy,
      statuses: [...ALL_FILED],
      seed,
    });
  const sampled = async (id: string) =>
    (await auditor().spotCheck({ id })).items.map((i) => i.householdId).sort();

  it('redraws the same sample from the same seed and another from another seed', async () => {
    const a = await draw('2026-第一批');
    const again = await draw('2026-第一批');
    const other = await draw('2026-第二批');
    expect(a.populationCount).toBe(14);
    expect(await sampled(again.id)).toEqual(await sampled(a.id));
    expect(await sampled(other.id)).not.toEqual(await sampled(a.id));
    const check = await auditor().spotCheck({ id: a.id });
    expect(check).toMatchObject({
      seed: '2026-第一批',
      sharePermille: 300,
      stratifyBy: 'REGION',
      sampleCount: 5,
    });
  });

  it('takes ceil(share × stratum size) from each county', async () => {
    const drawn = await draw('region');
    expect(drawn.strata).toEqual({
      '520302': { population: 10, sample: 3 },
      '520502': { population: 4, sample: 2 },
    });
    const items = (await auditor().spotCheck({ id: drawn.id })).items;
    expect(items.filter((i) => zunyi.includes(i.householdId))).toHaveLength(3);
    expect(items.filter((i) => bijie.includes(i.householdId))).toHaveLength(2);
  });

  it('stratifies by the lead surveyor of record, or by county and surveyor', async () => {
    const [cw, cw2, bj] = [f.actor('zunyiCw'), f.actor('zunyiCw2'), f.actor('bijieCw')].map((a) => a.userId);
    const bySurveyor = await draw('surveyor', 'SURVEYOR');
    expect(bySurveyor.strata).toEqual({
      [cw!]: { population: 7, sample: 3 },
      [cw2!]: { population: 3, sample: 1 },
      [bj!]: { population: 4, sample: 2 },
    });
    const both = await draw('both', 'BOTH', 500);
    expect(both.strata[`520302|${cw2}`]).toEqual({ population: 3, sample: 2 });
    expect(both.sampleCount).toBe(4 + 2 + 2);
  });

  it('uses the identification policy share when none is given, and stores the policy version', async () => {
    const drawn = await auditor().drawSpotCheck({
      orgId: f.orgId('520300'),
      stratifyBy: 'REGION',
      statuses: ['FILED'],
      seed: 'default-share',
    });
    expect(drawn).toMatchObject({
      sharePermille: 100,
      policyVersion: 0,
      populationCount: 10,
      sampleCount: 1,
    });
  });

  it('cancels a wrongly included file, opens recovery of its aid and holds the chain of record to account', async () => {
    const target = zunyi[0]!;
    const entryId = await payAid(f, target, 50_000);
    expect((await statusOf(f, target)).status).toBe('AIDED');
    const drawn = await auditor().drawSpotCheck({
      orgId: f.orgId('520302'),
      sharePermille: 1000,
      stratifyBy: 'REGION',
      statuses: ['AIDED'],
      seed: 'aided',
    });
    const item = (await auditor().spotCheck({ id: drawn.id })).items[0]!;
    expect(item.householdId).toBe(target);

    const before = await oversightCounts(f);
    const stale = await failure(
      auditor().recordSpotCheckOutcome({
        itemId: item.id,
        expectedVersion: 9,
        outcome: 'WRONGLY_INCLUDED',
        note: '隐瞒经营收入',
        cancelReason: 'FALSE_INFORMATION',
      }),
    );
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect(await oversightCounts(f)).toEqual(before);

    const found = await auditor().recordSpotCheckOutcome({
      itemId: item.id,
      expectedVersion: item.version,
      outcome: 'WRONGLY_INCLUDED',
      note: '隐瞒经营收入',
      cancelReason: 'FALSE_INFORMATION',
    });
    expect(found).toMatchObject({ householdStatus: 'CANCELLED', recoveries: { count: 1, totalFen: 50_000 } });
    expect(found.rectificationOrderId).not.toBeNull();

    const db = f.handle.db;
    const recovery = await db
      .selectFrom('aid_recovery')
      .selectAll()
      .where('household_id', '=', target)
      .execute();
    expect(recovery).toMatchObject([
      {
        payment_entry_id: entryId,
        status: 'DUE',
        amount_fen: 50_000,
        source: 'SPOT_CHECK',
        source_id: item.id,
      },
    ]);
    const held = await db
      .selectFrom('active_id_number')
      .select('id_number_bidx')
      .where('household_id', '=', target)
      .execute();
    expect(held).toEqual([]);
    expect(
      await db
        .selectFrom('file_exit')
        .select(['type', 'reason'])
        .where('household_id', '=', target)
        .executeTakeFirst(),
    ).toEqual({ type: 'CANCEL', reason: 'FALSE_INFORMATION' });
    const order = await db
      .selectFrom('rectification_order')
      .select(['org_id', 'status', 'due_on'])
      .where('id', '=', found.rectificationOrderId!)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ org_id: f.orgId('520302-G01'), status: 'OPEN', due_on: '2026-12-29' });

    const recorded = (await auditor().spotCheck({ id: drawn.id })).items[0]!;
    expect(recorded).toMatchObject({
      outcome: 'WRONGLY_INCLUDED',
      surveyorIds: [f.actor('zunyiCw').userId, f.actor('zunyiCw2').userId],
      registrarId: f.actor('zunyiCw').userId,
      reviewerId: f.actor('zunyiReviewer').userId,
    });
    const steps = await db
      .selectFrom('ident_step')
      .select('event')
      .where('household_id', '=', target)
      .orderBy('seq', 'desc')
      .limit(2)
      .execute();
    expect(steps.map((s) => s.event)).toEqual(['CANCEL', 'START_REVIEW']);

    const again = await failure(
      auditor().recordSpotCheckOutcome({ itemId: item.id, outcome: 'CORRECT', note: '复查' }),
    );
    expect(again.domainCode).toBe('CONFLICT');
  });

  it('hides spot checks outside the caller’s subtree and refuses a 错评 without a reason', async () => {
    const drawn = await draw('scope');
    const err = await failure(f.as('zunyiReviewer').oversight.spotCheck({ id: drawn.id }));
    expect(err.domainCode).toBe('NOT_FOUND');
    const item = (await auditor().spotCheck({ id: drawn.id })).items[0]!;
    const invalid = await failure(
      auditor().recordSpotCheckOutcome({ itemId: item.id, outcome: 'WRONGLY_INCLUDED', note: '不符' }),
    );
    expect(invalid.fieldErrors?.cancelReason).toBeDefined();
  });
});
