import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer, postPosition } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { seedHousehold } from '../testing/matching-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('matching on $name', (target) => {
  let f: Fixture;
  const ids = { zunyi: '', zunyiDraft: '', bijie: '', local: '', closed: '', expired: '', bijiePos: '' };
  const idNumbers: string[] = [];
  beforeAll(async () => {
    f = await createFixture(target);
    const employer = await postEmployer(f);
    ids.local = await postPosition(f, employer);
    ids.closed = await postPosition(f, employer, { title: '已关闭岗位' });
    await f
      .as('employmentOfficer')
      .employment.positions.close({ id: ids.closed, version: 1, status: 'CLOSED' });
    ids.expired = await postPosition(f, employer, { validFrom: '2026-10-01', validTo: '2026-11-28' });
    const bijieEmployer = await postEmployer(
      f,
      { orgId: f.orgId('520502-G01'), divisionCode: '520502', name: '毕节某家政公司' },
      'bijieEmploymentOfficer',
    );
    ids.bijiePos = await postPosition(f, bijieEmployer, { divisionCode: '520502' }, 'bijieEmploymentOfficer');
    const seeded = [
      await seedHousehold(f, { org: '520302-G01', user: 'zunyiCw', status: 'FILED' }),
      await seedHousehold(f, { org: '520302-G01', user: 'zunyiCw' }),
      await seedHousehold(f, { org: '520502-G01', user: 'bijieCw', status: 'AIDED' }),
    ];
    [ids.zunyi, ids.zunyiDraft, ids.bijie] = seeded.map((s) => s.id) as [string, string, string];
    idNumbers.push(...seeded.flatMap((s) => s.idNumbers));
  });
  afterAll(() => f?.close());

  /** No response may carry an ID number in clear, nor anything that looks like one. */
  function expectNoIdNumbers(response: unknown) {
    const json = JSON.stringify(response);
    for (const n of idNumbers) expect(json).not.toContain(n);
    expect(json).not.toMatch(/\d{17}[\dXx]/);
  }

  it("ranks only listed positions of the household's prefecture, with reasons and the candidate", async () => {
    const r = await f.as('zunyiCw').matching.forHousehold({ householdId: ids.zunyi });
    expect(r.householdId).toBe(ids.zunyi);
    expect(r.ranked.map((m) => m.position.id)).toEqual([ids.local]);
    const [top] = r.ranked;
    expect(top!.position.listed).toBe(true);
    expect(top!.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['SAME_COUNTY', 'FITS_CARE_HOURS']),
    );
    expect(top!.reasons[0]).toMatchObject({ zh: '同一区县', en: 'Same county' });
    expect(['张建国', '李秀英']).toContain(top!.memberName);
    expect(Number.isInteger(top!.score)).toBe(true);
    expectNoIdNumbers(r);
  });

  it('respects the limit and refuses one out of range', async () => {
    const employer = await postEmployer(f, { name: '遵义第二家单位' });
    await postPosition(f, employer, {
      title: '保洁员',
      hours: 'FULL_TIME',
      suitability: ['NO_HEAVY_LABOUR'],
    });
    const all = await f.as('zunyiCw').matching.forHousehold({ householdId: ids.zunyi });
    expect(all.ranked).toHaveLength(2);
    expect(all.ranked[0]!.position.id).toBe(ids.local);
    const one = await f.as('zunyiCw').matching.forHousehold({ householdId: ids.zunyi, limit: 1 });
    expect(one.ranked.map((m) => m.position.id)).toEqual([ids.local]);
    const bad = await failure(f.as('zunyiCw').matching.forHousehold({ householdId: ids.zunyi, limit: 51 }));
    expect(bad.code).toBe('BAD_REQUEST');
  });

  it('hides a household outside the actor’s subtree as NOT_FOUND, for every role', async () => {
    for (const user of ['bijieCw', 'bijieEmploymentOfficer'] as const) {
      const err = await failure(f.as(user).matching.forHousehold({ householdId: ids.zunyi }));
      expect(err.domainCode).toBe('NOT_FOUND');
    }
    for (const user of ['zunyiReviewer', 'zunyiEmploymentOfficer', 'employmentOfficer', 'admin'] as const) {
      expect(
        (await f.as(user).matching.forHousehold({ householdId: ids.zunyi })).ranked.length,
      ).toBeGreaterThan(0);
    }
  });

  it("ranks filed households of the position's prefecture within the actor's scope only", async () => {
    const own = await f.as('zunyiCw').matching.forPosition({ positionId: ids.local });
    expect(own.households.map((h) => h.householdId)).toEqual([ids.zunyi]);
    expect(own.households[0]).toMatchObject({ headName: '张建国', fileNo: null });
    expect(own.households[0]!.headIdMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expectNoIdNumbers(own);
    const province = await f.as('employmentOfficer').matching.forPosition({ positionId: ids.local });
    expect(province.households.map((h) => h.householdId)).toEqual([ids.zunyi]);
    for (const user of ['bijieCw', 'bijieEmploymentOfficer'] as const) {
      expect((await f.as(user).matching.forPosition({ positionId: ids.local })).households).toEqual([]);
    }
    const bijie = await f.as('bijieEmploymentOfficer').matching.forPosition({ positionId: ids.bijiePos });
    expect(bijie.households.map((h) => h.householdId)).toEqual([ids.bijie]);
    expectNoIdNumbers(bijie);
    expect((await f.as('zunyiCw').matching.forPosition({ positionId: ids.bijiePos })).households).toEqual([]);
  });

  it('matches no household to a position that is closed or expired', async () => {
    for (const positionId of [ids.closed, ids.expired]) {
      expect((await f.as('admin').matching.forPosition({ positionId })).households).toEqual([]);
    }
  });

  it('is refused to roles without household work, and an unknown position is NOT_FOUND', async () => {
    for (const user of ['volunteer', 'auditor', 'fundOfficer'] as const) {
      expect((await failure(f.as(user).matching.forPosition({ positionId: ids.local }))).code).toBe(
        'FORBIDDEN',
      );
    }
    const err = await failure(
      f.as('admin').matching.forPosition({ positionId: '01890a5d-ac96-774b-bcce-b302099a8057' }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
  });
});
