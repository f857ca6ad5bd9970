import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCaseworkerAt, addCountyUnits, targetState } from '../testing/assessment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { asActor } from '../testing/oversight-fixture';
import { plannedExitsByYear } from './planned-exits';

describe.each(driverTestTargets())('assessment targets on $name', (target) => {
  let f: Fixture;
  let e01: string;
  beforeAll(async () => {
    f = await createFixture(target);
    e01 = (await addCountyUnits(f, ['520302-E01']))[0]!;
  });
  afterAll(() => f?.close());

  const set = (user: Parameters<Fixture['as']>[0], targets: object[], year = 2026) =>
    f.as(user).assessment.setTargets({ year, targets } as never);

  it('lets the parent union set targets for its direct subordinates, audited, and shows them', async () => {
    const before = await targetState(f);
    const saved = await set('admin', [
      { orgId: f.orgId('520300'), metric: 'EXITS', targetValue: 10 },
      { orgId: f.orgId('520500'), metric: 'EXITS', targetValue: 5, note: '第一批' },
    ]);
    expect(saved.saved.map((s) => [s.targetValue, s.version])).toEqual([
      [10, 1],
      [5, 1],
    ]);
    const after = await targetState(f);
    expect(after.rows).toHaveLength(before.rows.length + 2);
    expect(after.audit).toBe(before.audit + 1);
    const audit = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'assessment.targets.set', entity_id: f.orgId('520000') });

    const o = await f.as('admin').assessment.overview({ year: 2026 });
    expect(o.parent).toMatchObject({ id: f.orgId('520000'), canSetTargets: true });
    expect(o.units.map((u) => u.orgId)).toEqual([f.orgId('520300'), f.orgId('520500')]);
    const exits = o.units[1]!.metrics.find((m) => m.metric === 'EXITS')!;
    expect(exits).toMatchObject({ target: 5, targetVersion: 1, note: '第一批', actual: 0, status: 'BEHIND' });
    // A reviewer reads the same units but may not set their targets.
    expect((await f.as('provinceReviewer').assessment.overview({ year: 2026 })).parent.canSetTargets).toBe(
      false,
    );
  });

  it('updates with the version read, leaves unchanged targets alone, and refuses a stale batch whole', async () => {
    const cw = () =>
      set('zunyiCw', [
        { orgId: f.orgId('520302-G01'), metric: 'TRAININGS', targetValue: 4 },
        { orgId: e01, metric: 'TRAININGS', targetValue: 2 },
      ]);
    await cw();
    const changed = await set('zunyiCw', [
      { orgId: f.orgId('520302-G01'), metric: 'TRAININGS', targetValue: 6, expectedVersion: 1 },
      { orgId: e01, metric: 'TRAININGS', targetValue: 2, expectedVersion: 1 },
    ]);
    expect(changed.saved.map((s) => s.version)).toEqual([2, 1]);
    const before = await targetState(f);
    const stale = await failure(
      set('zunyiCw', [
        { orgId: e01, metric: 'TRAININGS', targetValue: 9, expectedVersion: 1 },
        { orgId: f.orgId('520302-G01'), metric: 'TRAININGS', targetValue: 7, expectedVersion: 1 },
      ]),
    );
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    // Creating what already exists is stale too.
    expect((await failure(cw())).domainCode).toBe('VERSION_CONFLICT');
    expect(await targetState(f)).toEqual(before);
  });

  it('refuses a unit that is not directly below, out of scope, or a negative target, changing nothing', async () => {
    const before = await targetState(f);
    const g01 = { orgId: f.orgId('520302-G01'), metric: 'EXITS', targetValue: 3 };
    expect((await failure(set('admin', [g01]))).domainCode).toBe('FORBIDDEN');
    expect((await failure(set('grassrootsCw', [g01]))).domainCode).toBe('FORBIDDEN');
    expect((await failure(set('bijieCw', [g01]))).domainCode).toBe('NOT_FOUND');
    const outOfScope = await failure(set('zunyiCw', [g01, { ...g01, orgId: f.orgId('520502-G01') }]));
    expect(outOfScope.domainCode).toBe('NOT_FOUND');
    expect((await failure(set('hhgReviewer', [g01]))).domainCode).toBe('FORBIDDEN');
    const negative = await failure(set('zunyiCw', [{ ...g01, targetValue: -1 }]));
    expect(negative.domainCode).toBe('VALIDATION');
    expect(Object.keys(negative.fieldErrors ?? {})).toEqual(['targets.0.targetValue']);
    const coverage = await failure(
      set('zunyiCw', [{ ...g01, metric: 'VERIFICATION_COVERAGE', targetValue: 1001 }]),
    );
    expect(coverage.domainCode).toBe('VALIDATION');
    expect(await targetState(f)).toEqual(before);
    // Out of scope reads as not found for the overview too.
    expect(
      (await failure(f.as('bijieCw').assessment.overview({ year: 2026, orgId: f.orgId('520302') })))
        .domainCode,
    ).toBe('NOT_FOUND');
  });

  it('plans exits per year: the target set for the unit, else the sum it set for its children', async () => {
    await set('zunyiCw', [
      { orgId: f.orgId('520302-G01'), metric: 'EXITS', targetValue: 3 },
      { orgId: e01, metric: 'EXITS', targetValue: 1 },
    ]);
    await set('zunyiCw', [{ orgId: e01, metric: 'EXITS', targetValue: 2 }], 2027);
    const path = async (code: string) =>
      (
        await f.handle.db
          .selectFrom('org_unit')
          .select('path')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).path;
    const county = await path('520302');
    expect(await plannedExitsByYear(f.handle.db, county)).toEqual([
      { year: 2026, target: 4 },
      { year: 2027, target: 2 },
    ]);
    const prefectureCw = await addCaseworkerAt(f, 'zunyi-prefecture-cw', '520300');
    await asActor(f, prefectureCw).assessment.setTargets({
      year: 2026,
      targets: [{ orgId: f.orgId('520302'), metric: 'EXITS', targetValue: 7 }],
    });
    expect(await plannedExitsByYear(f.handle.db, county)).toEqual([
      { year: 2026, target: 7 },
      { year: 2027, target: 2 },
    ]);
    expect(await plannedExitsByYear(f.handle.db, await path('520300'))).toEqual([{ year: 2026, target: 10 }]);
    expect(await plannedExitsByYear(f.handle.db, await path('520000'))).toEqual([{ year: 2026, target: 15 }]);
    expect(await plannedExitsByYear(f.handle.db, await path('520502'))).toEqual([]);
    expect(await plannedExitsByYear(f.handle.db, '/999999/')).toEqual([]);
  });
});
