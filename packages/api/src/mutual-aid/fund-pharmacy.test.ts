import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, makeIdNumber } from '../testing/fixture';
import {
  addMutualAidOrgs,
  createUnit,
  type ExtraOrg,
  filedHardshipWorker,
  member,
  mutualAidCounts,
  publishDemo,
} from '../testing/mutual-aid-fixture';

describe.each(driverTestTargets())('fund accounts and pharmacy subsidy on $name', (target) => {
  let f: Fixture;
  let orgs: Record<ExtraOrg, string>;
  let schemeId: string;
  let accountId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    orgs = await addMutualAidOrgs(f);
    schemeId = await publishDemo(f, 'LIUPANSHUI-INPATIENT');
    const unitId = await createUnit(f, orgs['520201-G01'], '520201');
    const enrol = (idNumber: string) =>
      f.as('fundOfficer').mutualAid.enrol({
        schemeId,
        unitId,
        termYear: 2026,
        planCodes: ['INPATIENT'],
        member: member({ idNumber }),
      });
    await enrol(makeIdNumber('520201'));
    await enrol(makeIdNumber('520201'));
    const poor = makeIdNumber('520302', '19700707', 'male');
    await filedHardshipWorker(f, poor);
    await enrol(poor);
  });
  afterAll(() => f?.close());

  const officer = () => f.as('fundOfficer').mutualAid;

  it('shows what each payer owes, per kind and organisation, and what it has paid', async () => {
    const accounts = await officer().fund.accounts({ schemeId });
    expect(accounts.accounts.map((a) => [a.payer, a.payerOrgName, a.owedFen, a.paidFen])).toEqual([
      ['COUNTY_UNION', '钟山区总工会', 2_000, 0],
      ['INDIVIDUAL', null, 26_000, 0],
      ['PREFECTURE_UNION', '六盘水市总工会', 2_000, 0],
    ]);
    expect(accounts.totals).toEqual({ owedFen: 30_000, paidFen: 0, outstandingFen: 30_000 });

    const paid = await officer().fund.recordPayerPayment({
      schemeId,
      payer: 'INDIVIDUAL',
      amountFen: 15_000,
      paidOn: '2026-11-28',
      reference: 'LPS-2026-001',
    });
    expect(paid.outstandingFen).toBe(11_000);
    const after = await officer().fund.accounts({ schemeId });
    expect(after.accounts.find((a) => a.payer === 'INDIVIDUAL')).toMatchObject({
      paidFen: 15_000,
      outstandingFen: 11_000,
    });
    // The payment is allocated to the oldest shares first (id order; UUIDv7 made in the same
    // millisecond may sort either way, so the expectation follows the rows' own order).
    const shares = await f.handle.db
      .selectFrom('ma_contribution')
      .select(['amount_fen', 'paid_fen'])
      .where('payer', '=', 'INDIVIDUAL')
      .orderBy('id')
      .execute();
    let left = 15_000;
    const expected = shares.map((s) => {
      const take = Math.min(Number(s.amount_fen), left);
      left -= take;
      return take;
    });
    expect(shares.map((s) => Number(s.paid_fen))).toEqual(expected);
    expect(expected.filter((n) => n > 0).length).toBe(2);
  });

  it('refuses a payment above what the payer owes, and a caseworker cannot see the fund', async () => {
    const before = await mutualAidCounts(f);
    const over = await failure(
      officer().fund.recordPayerPayment({
        schemeId,
        payer: 'COUNTY_UNION',
        payerOrgId: orgs['520201'],
        amountFen: 2_001,
        paidOn: '2026-11-28',
        reference: 'X',
      }),
    );
    expect(over.domainCode).toBe('RULE_VIOLATION');
    expect((await failure(f.as('zunyiCw').mutualAid.fund.accounts({ schemeId }))).code).toBe('FORBIDDEN');
    expect(await mutualAidCounts(f)).toEqual(before);
  });

  it('tops up each extremely poor member once a year, split 50/50 by the city and county unions', async () => {
    const input = {
      orgId: orgs['520200'],
      year: 2026,
      amountFen: 100_000,
      split: [
        { payer: 'PREFECTURE_UNION' as const, fen: 50_000 },
        { payer: 'COUNTY_UNION' as const, fen: 50_000 },
      ],
    };
    expect(await officer().pharmacy.topUp(input)).toMatchObject({
      toppedUp: 1,
      alreadyToppedUp: 0,
      totalFen: 100_000,
    });
    expect(await officer().pharmacy.topUp(input)).toMatchObject({
      toppedUp: 0,
      alreadyToppedUp: 1,
      totalFen: 0,
    });
    const accounts = await officer().pharmacy.accounts({ orgId: orgs['520200'] });
    expect(accounts.map((a) => [a.memberName, a.balanceFen, a.toppedUpFen])).toEqual([
      ['王小红', 100_000, 100_000],
    ]);
    accountId = accounts[0]!.id;
    const bad = await failure(officer().pharmacy.topUp({ ...input, amountFen: 99_999 }));
    expect(bad.domainCode).toBe('VALIDATION');
  });

  it('records purchases against the balance, never below zero, and once per request key', async () => {
    const buy = (amountFen: number, idempotencyKey: string) =>
      officer().pharmacy.purchase({ accountId, amountFen, pharmacy: '钟山区定点大药房', idempotencyKey });
    expect(await buy(60_000, 'purchase-0001')).toMatchObject({ balanceFen: 40_000, replayed: false });
    expect(await buy(60_000, 'purchase-0001')).toMatchObject({ balanceFen: 40_000, replayed: true });
    const before = await mutualAidCounts(f);
    const over = await failure(buy(40_001, 'purchase-0002'));
    expect(over.domainCode).toBe('RULE_VIOLATION');
    expect(over.messages.zh).toContain('余额不足');
    expect((await failure(buy(1_000, 'purchase-0001'))).domainCode).toBe('IDEMPOTENCY_MISMATCH');
    const outside = await failure(
      f.as('bijieCw').mutualAid.pharmacy.purchase({
        accountId,
        amountFen: 1,
        pharmacy: 'x',
        idempotencyKey: 'purchase-0003',
      }),
    );
    expect(outside.domainCode).toBe('NOT_FOUND');
    expect(await mutualAidCounts(f)).toEqual(before);
    expect(await buy(40_000, 'purchase-0004')).toMatchObject({ balanceFen: 0 });
    const [account] = await officer().pharmacy.accounts({ orgId: orgs['520201'] });
    expect(account).toMatchObject({ balanceFen: 0, spentFen: 100_000 });
  });
});
