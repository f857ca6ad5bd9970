import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer, postPosition } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { seedFamily } from '../testing/training-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('placements on $name', (target) => {
  let f: Fixture;
  let zunyi: { id: string; memberIds: string[] };
  let employerId = '';
  const placement = (overrides: Record<string, unknown> = {}) => ({
    householdId: zunyi.id,
    memberId: zunyi.memberIds[1]!,
    employerId,
    startDate: '2026-05-31',
    monthlyWageFen: 320_000,
    ...overrides,
  });
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = await seedFamily(f);
    employerId = await postEmployer(f);
  });
  afterAll(() => f?.close());

  it('records a placement with its retention due six calendar months on', async () => {
    const { id } = await f.as('zunyiCw').placements.create(placement());
    const [p] = await f.as('auditor').placements.forHousehold({ householdId: zunyi.id });
    expect(p).toMatchObject({
      id,
      employerName: '遵义黔丰家政服务有限公司',
      memberName: '李秀英',
      monthlyWageFen: 320_000,
      retentionDue: '2026-11-30',
      retentionCheckedOn: null,
      checkDue: false,
      positionId: null,
    });
  });

  it('fills the position in the same transaction and refuses one already full', async () => {
    const positionId = await postPosition(f, employerId, { headcount: 1, title: '保洁员' });
    await f.as('zunyiCw').placements.create(placement({ positionId }));
    const filled = await f.as('zunyiCw').employment.positions.get({ id: positionId });
    expect(filled).toMatchObject({ filled: 1, listed: false });
    const before = await f.handle.db.selectFrom('placement').select('id').execute();
    const full = await failure(
      f.as('zunyiCw').placements.create(placement({ positionId, memberId: zunyi.memberIds[0] })),
    );
    expect(full.domainCode).toBe('CONFLICT');
    expect(full.messages.en).toContain('filled');
    expect(await f.handle.db.selectFrom('placement').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses a position of another employer', async () => {
    const otherEmployer = await postEmployer(f, { name: '遵义另一家公司' });
    const positionId = await postPosition(f, otherEmployer);
    const err = await failure(f.as('zunyiCw').placements.create(placement({ positionId })));
    expect(err.fieldErrors?.positionId).toBeDefined();
    expect((await f.as('zunyiCw').employment.positions.get({ id: positionId })).filled).toBe(0);
  });

  it('lists the checks due by the business date, and a check takes one off the list', async () => {
    const due = await f.as('zunyiCw').placements.create(placement({ startDate: '2026-05-29' }));
    await f.as('zunyiCw').placements.create(placement({ startDate: '2026-06-01' }));
    const list = await f.as('zunyiCw').placements.dueChecks({});
    expect(list.map((p) => p.retentionDue)).toEqual(['2026-11-29']);
    expect(list[0]).toMatchObject({ id: due.id, checkDue: true });
    f.clock.now = new Date('2026-11-30T02:00:00.000Z');
    expect((await f.as('zunyiCw').placements.dueChecks({})).map((p) => p.retentionDue)).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-11-30',
    ]);
    const check = { id: due.id, version: 1, retained: true, checkedOn: '2026-11-30' };
    const stale = await failure(f.as('zunyiCw').placements.checkRetention({ ...check, version: 2 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect(await f.as('zunyiCw').placements.checkRetention(check)).toEqual({ id: due.id, version: 2 });
    const again = await failure(f.as('zunyiCw').placements.checkRetention({ ...check, version: 2 }));
    expect(again.domainCode).toBe('CONFLICT');
    const after = await f.as('zunyiCw').placements.dueChecks({});
    expect(after.map((p) => p.id)).not.toContain(due.id);
    expect(await f.as('bijieCw').placements.dueChecks({})).toEqual([]);
    f.clock.now = new Date('2026-11-29T02:00:00.000Z');
  });

  it('hides another county’s households and placements as NOT_FOUND', async () => {
    const { id } = await f.as('zunyiCw').placements.create(placement());
    const calls = [
      () => f.as('bijieCw').placements.create(placement()),
      () =>
        f
          .as('bijieCw')
          .placements.checkRetention({ id, version: 1, retained: false, checkedOn: '2026-11-30' }),
      () => f.as('bijieEmploymentOfficer').placements.forHousehold({ householdId: zunyi.id }),
    ];
    for (const call of calls) expect((await failure(call())).domainCode).toBe('NOT_FOUND');
  });

  it('is refused to roles that do not record placements', async () => {
    for (const user of ['volunteer', 'fundOfficer', 'zunyiReviewer'] as const) {
      expect((await failure(f.as(user).placements.create(placement()))).code).toBe('FORBIDDEN');
    }
  });
});
