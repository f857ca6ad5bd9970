import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, makeIdNumber } from '../testing/fixture';
import {
  addMutualAidOrgs,
  createUnit,
  demoScheme,
  type ExtraOrg,
  filedHardshipWorker,
  member,
  mutualAidCounts,
  publishDemo,
} from '../testing/mutual-aid-fixture';

// The fixture's clock reads 2026-11-29; the demo schemes are published for term 2026.
describe.each(driverTestTargets())('mutual-aid enrolment on $name', (target) => {
  let f: Fixture;
  let orgs: Record<ExtraOrg, string>;
  let lps: { schemeId: string; unitId: string };
  let zunyi: { schemeId: string; unitId: string };
  beforeAll(async () => {
    f = await createFixture(target);
    orgs = await addMutualAidOrgs(f);
    lps = {
      schemeId: await publishDemo(f, 'LIUPANSHUI-INPATIENT'),
      unitId: await createUnit(f, orgs['520201-G01'], '520201'),
    };
    zunyi = {
      schemeId: await publishDemo(f, 'ZUNYI-FIVE-PLANS'),
      unitId: await createUnit(f, f.orgId('520302-G01'), '520302'),
    };
  });
  afterAll(() => f?.close());

  const total = (e: { contributions: { amountFen: number }[] }) =>
    e.contributions.reduce((s, c) => s + c.amountFen, 0);

  it('六盘水: an ordinary worker pays 100 yuan alone; a hardship worker 60, the city and county unions 20 each', async () => {
    const ordinary = await f
      .as('fundOfficer')
      .mutualAid.enrol({ ...lps, termYear: 2026, planCodes: ['INPATIENT'], member: member() });
    expect(ordinary.hardship).toBe(false);
    expect(ordinary.enrolments[0]?.contributions).toEqual([
      { payer: 'INDIVIDUAL', payerOrgId: null, amountFen: 10_000, paidFen: 0 },
    ]);

    const idNumber = makeIdNumber('520302', '19780808', 'male');
    await filedHardshipWorker(f, idNumber);
    const hard = await f.as('fundOfficer').mutualAid.enrol({
      ...lps,
      termYear: 2026,
      planCodes: ['INPATIENT'],
      member: member({ name: '张建国', idNumber }),
    });
    expect([hard.hardship, hard.linkedToHouseholdFile]).toEqual([true, true]);
    const e = hard.enrolments[0]!;
    expect(e.contributions).toEqual(
      expect.arrayContaining([
        { payer: 'INDIVIDUAL', payerOrgId: null, amountFen: 6_000, paidFen: 0 },
        { payer: 'PREFECTURE_UNION', payerOrgId: orgs['520200'], amountFen: 2_000, paidFen: 0 },
        { payer: 'COUNTY_UNION', payerOrgId: orgs['520201'], amountFen: 2_000, paidFen: 0 },
      ]),
    );
    expect([total(e), total(ordinary.enrolments[0]!)]).toEqual([10_000, 10_000]);
    expect(e).toMatchObject({
      coverFrom: '2026-11-29',
      coverTo: '2026-12-31',
      firstEnrolment: true,
      idNumberMasked: `**************${idNumber.slice(-4)}`,
    });
  });

  it('思南: government 100 + county union 60 + worker 100 = 260 yuan per member', async () => {
    const schemeId = await publishDemo(f, 'SINAN-INPATIENT');
    const unitId = await createUnit(f, orgs['520624-G01'], '520624');
    const r = await f.as('fundOfficer').mutualAid.enrol({
      schemeId,
      unitId,
      termYear: 2026,
      planCodes: ['INPATIENT'],
      member: member({ idNumber: makeIdNumber('520624') }),
    });
    const c = r.enrolments[0]!.contributions;
    expect(c.map((x) => [x.payer, x.amountFen]).sort()).toEqual([
      ['COUNTY_UNION', 6_000],
      ['GOVERNMENT', 10_000],
      ['INDIVIDUAL', 10_000],
    ]);
    expect(total(r.enrolments[0]!)).toBe(26_000);
  });

  it('refuses mutually exclusive plans, together or one after the other, and writes nothing', async () => {
    const before = await mutualAidCounts(f);
    const both = await failure(
      f.as('zunyiCw').mutualAid.enrol({
        ...zunyi,
        termYear: 2026,
        planCodes: ['INPATIENT', 'DAILY'],
        member: member({ idNumber: makeIdNumber() }),
      }),
    );
    expect(both.domainCode).toBe('RULE_VIOLATION');
    expect(both.messages.zh).toContain('INPATIENT、DAILY');
    expect(await mutualAidCounts(f)).toEqual(before);

    const idNumber = makeIdNumber();
    await f.as('zunyiCw').mutualAid.enrol({
      ...zunyi,
      termYear: 2026,
      planCodes: ['INPATIENT', 'ACCIDENT'],
      member: member({ idNumber }),
    });
    const after = await mutualAidCounts(f);
    const second = await failure(
      f
        .as('zunyiCw')
        .mutualAid.enrol({ ...zunyi, termYear: 2026, planCodes: ['DAILY'], member: member({ idNumber }) }),
    );
    expect(second.domainCode).toBe('RULE_VIOLATION');
    const again = await failure(
      f
        .as('zunyiCw')
        .mutualAid.enrol({ ...zunyi, termYear: 2026, planCodes: ['ACCIDENT'], member: member({ idNumber }) }),
    );
    expect(again.messages.en).toContain('Already enrolled');
    expect(await mutualAidCounts(f)).toEqual(after);
  });

  it('refuses an ineligible member, and a group plan enrolled one by one', async () => {
    const before = await mutualAidCounts(f);
    const retired = await failure(
      f.as('zunyiCw').mutualAid.enrol({
        ...zunyi,
        termYear: 2026,
        planCodes: ['ACCIDENT'],
        member: member({ idNumber: makeIdNumber(), inService: false }),
      }),
    );
    expect(retired.domainCode).toBe('NOT_ELIGIBLE');
    expect(retired.messages.zh).toContain('仅限在职职工');
    const female = await failure(
      f.as('zunyiCw').mutualAid.enrol({
        ...zunyi,
        termYear: 2026,
        planCodes: ['FEMALE'],
        member: member({ idNumber: makeIdNumber('520302', '19850505', 'female') }),
      }),
    );
    expect(female.domainCode).toBe('NOT_ELIGIBLE');
    expect(((female.details?.reasons ?? []) as { code: string }[]).map((r) => r.code)).toEqual([
      'GROUP_ALL_REQUIRED',
    ]);
    const badId = await failure(
      f.as('zunyiCw').mutualAid.enrol({
        ...zunyi,
        termYear: 2026,
        planCodes: ['ACCIDENT'],
        member: member({ idNumber: '520302198001010010' }),
      }),
    );
    expect(badId.fieldErrors?.['member.idNumber']).toBeDefined();
    expect(await mutualAidCounts(f)).toEqual(before);
  });

  it('a unit in another county reads as not found, and its enrolments stay hidden', async () => {
    const before = await mutualAidCounts(f);
    const input = {
      ...zunyi,
      termYear: 2026,
      planCodes: ['ACCIDENT'],
      member: member({ idNumber: makeIdNumber() }),
    };
    expect((await failure(f.as('bijieCw').mutualAid.enrol(input))).domainCode).toBe('NOT_FOUND');
    expect((await failure(f.as('bijieCw').mutualAid.units.get({ unitId: zunyi.unitId }))).domainCode).toBe(
      'NOT_FOUND',
    );
    expect((await f.as('bijieCw').mutualAid.enrolments.list({})).items).toEqual([]);
    expect(
      (await f.as('zunyiCw').mutualAid.enrolments.list({ unitId: zunyi.unitId })).items.length,
    ).toBeGreaterThan(0);
    expect(await mutualAidCounts(f)).toEqual(before);
  });

  it('marks a renewal from last term as not a first enrolment, and refuses a term already over', async () => {
    const last = await f
      .as('fundOfficer')
      .mutualAid.schemes.publish({ body: demoScheme('LIUPANSHUI-INPATIENT', 2025) });
    const idNumber = makeIdNumber('520201', '19900101', 'male');
    const input = { unitId: lps.unitId, planCodes: ['INPATIENT'], member: member({ idNumber }) };
    const before = await mutualAidCounts(f);
    const over = await failure(
      f.as('fundOfficer').mutualAid.enrol({ ...input, schemeId: last.id, termYear: 2025 }),
    );
    expect((over.details?.reasons as { code: string }[] | undefined)?.map((r) => r.code)).toEqual([
      'TERM_OVER',
    ]);
    expect(await mutualAidCounts(f)).toEqual(before);
    const now = f.clock.now;
    f.clock.now = new Date('2025-03-01T02:00:00.000Z');
    try {
      await f.as('fundOfficer').mutualAid.enrol({ ...input, schemeId: last.id, termYear: 2025 });
    } finally {
      f.clock.now = now;
    }
    const renewed = await f
      .as('fundOfficer')
      .mutualAid.enrol({ ...input, schemeId: lps.schemeId, termYear: 2026 });
    expect(renewed.enrolments[0]?.firstEnrolment).toBe(false);
    // Publishing 2025 left the 2026 version open for enrolment.
    const current = await f.as('fundOfficer').mutualAid.schemes.get({ schemeId: lps.schemeId });
    expect(current.status).toBe('ACTIVE');
  });
});
