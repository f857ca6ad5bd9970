import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { addMutualAidOrgs, demoScheme, mutualAidCounts } from '../testing/mutual-aid-fixture';

describe.each(driverTestTargets())('mutual-aid schemes on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('seeds the article schemes under the federation of each region, once', async () => {
    const first = await f.as('admin').mutualAid.schemes.seedDemo();
    // The base fixture has 遵义 only; the other regions have no federation yet.
    expect(first.created.map((c) => c.code)).toEqual(['ZUNYI-FIVE-PLANS']);
    expect(first.skipped.map((s) => s.reason)).toEqual(['NO_ORG', 'NO_ORG', 'NO_ORG']);
    await addMutualAidOrgs(f);
    const second = await f.as('admin').mutualAid.schemes.seedDemo();
    expect(second.created.map((c) => c.code).sort()).toEqual(['LIUPANSHUI-INPATIENT', 'SINAN-INPATIENT']);
    expect(second.skipped).toContainEqual({ code: 'ZUNYI-FIVE-PLANS', reason: 'EXISTS' });
    expect((await failure(f.as('fundOfficer').mutualAid.schemes.seedDemo())).code).toBe('FORBIDDEN');
  });

  it('publishes a change as a new version and closes the old one to enrolment', async () => {
    // Same term (2016), the accident plan's cap raised: v1 closes to new enrolments.
    const body = demoScheme('ZUNYI-FIVE-PLANS', 2016);
    body.plans = body.plans.map((p) => (p.code === 'ACCIDENT' ? { ...p, capPerTermFen: 1_500_000 } : p));
    const v2 = await f
      .as('fundOfficer')
      .mutualAid.schemes.publish({ body, expectedVersion: 1, note: '提高封顶线' });
    expect([v2.version, v2.status, v2.termYear]).toEqual([2, 'ACTIVE', 2016]);
    expect(v2.body.plans[0]?.capPerTermFen).toBe(1_500_000);
    const all = await f.as('fundOfficer').mutualAid.schemes.list({ includeClosed: true });
    const zunyi = all.filter((s) => s.code === 'ZUNYI-FIVE-PLANS').map((s) => [s.version, s.status]);
    expect(zunyi).toEqual([
      [2, 'ACTIVE'],
      [1, 'CLOSED'],
    ]);
    // A county caseworker sees its prefecture's scheme; 毕节 does not.
    expect((await f.as('zunyiCw').mutualAid.schemes.list({})).map((s) => s.code)).toEqual([
      'ZUNYI-FIVE-PLANS',
    ]);
    expect((await f.as('bijieCw').mutualAid.schemes.list({})).map((s) => s.code)).toEqual([]);
    expect((await failure(f.as('bijieCw').mutualAid.schemes.get({ schemeId: v2.id }))).domainCode).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses an invalid body, a stale version and a caseworker, and writes nothing', async () => {
    const before = await mutualAidCounts(f);
    const body = demoScheme('ZUNYI-FIVE-PLANS');
    const broken = {
      ...body,
      plans: body.plans.map((p, i) =>
        i === 0 ? { ...p, contribution: { ...p.contribution, totalFen: 999 } } : p,
      ),
    };
    const invalid = await failure(f.as('fundOfficer').mutualAid.schemes.publish({ body: broken }));
    expect(invalid.domainCode).toBe('VALIDATION');
    expect(Object.keys(invalid.fieldErrors ?? {})).toContain('body.plans.0.contribution.split');
    const stale = await failure(f.as('fundOfficer').mutualAid.schemes.publish({ body, expectedVersion: 1 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect((await failure(f.as('zunyiCw').mutualAid.schemes.publish({ body }))).code).toBe('FORBIDDEN');
    expect(await mutualAidCounts(f)).toEqual(before);
  });
});
