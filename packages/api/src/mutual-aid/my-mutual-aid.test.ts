import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput, makeIdNumber } from '../testing/fixture';
import {
  addMutualAidOrgs,
  createUnit,
  type ExtraOrg,
  filedHardshipWorker,
  member,
  publishDemo,
} from '../testing/mutual-aid-fixture';

describe.each(driverTestTargets())('我的互助 in the portal on $name', (target) => {
  let f: Fixture;
  let orgs: Record<ExtraOrg, string>;
  let householdId: string;
  let otherHouseholdId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    orgs = await addMutualAidOrgs(f);
    const schemeId = await publishDemo(f, 'LIUPANSHUI-INPATIENT');
    const unitId = await createUnit(f, orgs['520201-G01'], '520201');
    const enrol = (idNumber: string, name: string) =>
      f.as('fundOfficer').mutualAid.enrol({
        schemeId,
        unitId,
        termYear: 2026,
        planCodes: ['INPATIENT'],
        member: member({ idNumber, name }),
      });
    const poor = makeIdNumber('520302', '19700707', 'male');
    householdId = await filedHardshipWorker(f, poor);
    await enrol(poor, '李困难');
    await enrol(makeIdNumber('520201'), '赵普通');
    otherHouseholdId = (await f.as('zunyiCw').households.create(householdInput(f.orgId('520302')))).id;
    await f.as('fundOfficer').mutualAid.pharmacy.topUp({
      orgId: orgs['520200'],
      year: 2026,
      amountFen: 100_000,
      split: [
        { payer: 'PREFECTURE_UNION', fen: 50_000 },
        { payer: 'COUNTY_UNION', fen: 50_000 },
      ],
    });
    const [account] = await f.as('fundOfficer').mutualAid.pharmacy.accounts({ orgId: orgs['520200'] });
    await f.as('fundOfficer').mutualAid.pharmacy.purchase({
      accountId: account!.id,
      amountFen: 12_345,
      pharmacy: '钟山区定点大药房',
      idempotencyKey: 'my-pharmacy-1',
    });
  });
  afterAll(() => f?.close());

  it('shows the worker their own enrolment: plan, term, cover dates and their own share', async () => {
    const { items } = await (await f.asWorker(householdId)).mutualAid.myEnrolments();
    expect(items).toHaveLength(1);
    const [e] = items;
    expect(e).toMatchObject({
      memberName: '李困难',
      planCode: 'INPATIENT',
      termYear: 2026,
      hardship: true,
      // 六盘水: a hardship worker pays 60 of the 100 yuan; the city and county unions 20 each.
      ownShareFen: 6_000,
      ownPaidFen: 0,
      totalFen: 10_000,
      // Joined on the fixture's 2026-11-29, after the common start: covered from that day.
      coverFrom: '2026-11-29',
      coverTo: '2026-12-31',
    });
    expect(e?.planName.zh).toBeTruthy();
    expect(JSON.stringify(items)).not.toContain('赵普通');
    expect(JSON.stringify(items)).not.toMatch(/\d{17}[\dX]/);
  });

  it('shows the worker their pharmacy balance with the top-up and the purchase', async () => {
    const { accounts } = await (await f.asWorker(householdId)).mutualAid.myPharmacy();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      year: 2026,
      balanceFen: 87_655,
      toppedUpFen: 100_000,
      spentFen: 12_345,
    });
    expect(accounts[0]?.txns.map((t) => [t.kind, t.amountFen, t.balanceAfterFen])).toEqual([
      ['PURCHASE', 12_345, 87_655],
      ['TOP_UP', 100_000, 100_000],
    ]);
  });

  it('shows another household nothing, and refuses staff and anonymous callers', async () => {
    const other = await f.asWorker(otherHouseholdId);
    expect((await other.mutualAid.myEnrolments()).items).toEqual([]);
    expect((await other.mutualAid.myPharmacy()).accounts).toEqual([]);
    expect((await failure(f.as('fundOfficer').mutualAid.myEnrolments())).code).toBe('UNAUTHORIZED');
    expect((await failure(f.as('fundOfficer').mutualAid.myPharmacy())).code).toBe('UNAUTHORIZED');
  });
});
