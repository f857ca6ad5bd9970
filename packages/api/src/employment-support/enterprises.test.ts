import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, supportCounts } from '../testing/employment-support-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { seedFamily } from '../testing/training-fixture';

describe.each(driverTestTargets())('struggling enterprises on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('shows hardship risk: affected workers not yet filed, by linked households', async () => {
    const { id } = await f
      .as('zunyiEmploymentOfficer')
      .employmentSupport.enterprises.create(enterpriseInput(f.orgId('520300'), { workersAffected: 3 }));
    const filed = await seedFamily(f);
    const applying = await seedFamily(f, { status: 'SUBMITTED' });
    for (const h of [filed, applying]) {
      await f.as('zunyiCw').employmentSupport.enterprises.linkWorker({ enterpriseId: id, householdId: h.id });
    }
    const dup = await failure(
      f.as('zunyiCw').employmentSupport.enterprises.linkWorker({ enterpriseId: id, householdId: filed.id }),
    );
    expect(dup.domainCode).toBe('CONFLICT');
    // A county caseworker sees the prefecture's enterprise, and the households of their county.
    const [row] = await f.as('zunyiCw').employmentSupport.enterprises.list({});
    expect(row?.risk).toEqual({
      workersAffected: 3,
      linked: 2,
      filed: 1,
      applying: 1,
      notYetFiled: 2,
      level: 'HIGH',
    });
    const detail = await f.as('zunyiCw').employmentSupport.enterprises.get({ id });
    expect(detail.households.map((h) => h.householdId).sort()).toEqual([filed.id, applying.id].sort());
    expect(detail.measures).toEqual([{ kind: 'REDEPLOYMENT', note: '内部转岗分流', date: '2026-06-01' }]);
    expect(await f.as('bijieCw').employmentSupport.enterprises.list({})).toEqual([]);
    expect((await failure(f.as('bijieCw').employmentSupport.enterprises.get({ id }))).domainCode).toBe(
      'NOT_FOUND',
    );
  });

  it('updates counts and measures at the version read; refuses the rest and changes nothing', async () => {
    const officer = f.as('employmentOfficer').employmentSupport.enterprises;
    const { id } = await officer.create(
      enterpriseInput(f.orgId('520000'), {
        name: '贵州航天某厂',
        workersTotal: 5_902,
        workersAffected: 5_902,
        measures: [],
      }),
    );
    const update = {
      id,
      workersTotal: 5_902,
      workersAffected: 1_200,
      measures: [{ kind: 'TRAINING' as const, note: '转岗技能培训', date: '2026-07-01' }],
      status: 'SUPPORTING' as const,
    };
    const before = await supportCounts(f);
    expect((await failure(officer.update({ ...update, version: 2 }))).domainCode).toBe('VERSION_CONFLICT');
    const tooMany = await failure(officer.update({ ...update, version: 1, workersAffected: 6_000 }));
    expect(tooMany.code).toBe('BAD_REQUEST');
    const county = await failure(
      f.as('zunyiEmploymentOfficer').employmentSupport.enterprises.update({ ...update, version: 1 }),
    );
    expect(county.domainCode).toBe('NOT_FOUND');
    expect(
      (await failure(f.as('zunyiCw').employmentSupport.enterprises.update({ ...update, version: 1 }))).code,
    ).toBe('FORBIDDEN');
    expect(await supportCounts(f)).toEqual(before);
    expect(await officer.update({ ...update, version: 1 })).toEqual({ id, version: 2 });
    const after = await officer.get({ id });
    expect(after).toMatchObject({ workersAffected: 1_200, status: 'SUPPORTING', measures: update.measures });
    expect(after.risk.level).toBe('HIGH');
  });
});
