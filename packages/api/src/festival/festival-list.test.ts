import { driverTestTargets } from '@bangfu/db/testing';
import { DEFAULT_FESTIVAL_POLICY, FESTIVAL_POLICY_KIND, FestivalPolicySchema } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPolicy } from '../policies/load-policy';
import { failure } from '../testing/errors';
import { campaignInput, festivalCounts, fileHousehold, listedCampaign } from '../testing/festival-fixture';
import { createFixture, type Fixture } from '../testing/fixture';

// Campaigns of one festival and year skip households already on another, so each test uses its own year.
describe.each(driverTestTargets())('festival campaign lists on $name', (target) => {
  let f: Fixture;
  const hh: Record<'deepA' | 'deepB' | 'relative' | 'accident' | 'deepSubmitted' | 'bijieDeep', string> =
    {} as never;
  beforeAll(async () => {
    f = await createFixture(target);
    hh.deepA = await fileHousehold(f, { category: 'DEEP', name: '王建国' });
    hh.deepB = await fileHousehold(f, { category: 'DEEP' });
    hh.relative = await fileHousehold(f, { category: 'RELATIVE' });
    hh.accident = await fileHousehold(f, { category: 'ACCIDENT' });
    hh.deepSubmitted = await fileHousehold(f, { category: 'DEEP', steps: 1 });
    hh.bijieDeep = await fileHousehold(f, { category: 'DEEP', org: '520502-G01' });
  });
  afterAll(() => f?.close());

  const amountsOf = async (campaignId: string, user: 'zunyiCw' | 'admin' = 'zunyiCw') => {
    const page = await f.as(user).festival.items({ campaignId, limit: 200 });
    return Object.fromEntries(
      page.items.filter((i) => i.status === 'LISTED').map((i) => [i.householdId, i.amountFen]),
    );
  };

  it('lists filed households of the subtree by category, at the amount of their category', async () => {
    const built = await listedCampaign(f, { year: 2027 });
    expect(await amountsOf(built.id)).toEqual({
      [hh.deepA]: 200_000,
      [hh.deepB]: 200_000,
      [hh.relative]: 100_000,
    });
    expect([built.totalCount, built.totalFen, built.version]).toEqual([3, 500_000, 2]);
    const c = await f.as('auditor').festival.get({ campaignId: built.id });
    expect([c.status, c.totalCount, c.totalFen, c.policyVersion]).toEqual(['LISTED', 3, 500_000, 0]);
    const page = await f.as('zunyiCw').festival.items({ campaignId: built.id, filter: { category: 'DEEP' } });
    expect(page.items.find((i) => i.householdId === hh.deepA)?.maskedName).toBe('王*国');
  });

  it('widens to other statuses only when the campaign says so', async () => {
    const built = await listedCampaign(f, {
      year: 2028,
      amounts: { DEEP: 50_000 },
      eligibleStatuses: ['SUBMITTED'],
    });
    expect(await amountsOf(built.id)).toEqual({ [hh.deepSubmitted]: 50_000 });
  });

  it('leaves off households already on another live campaign of the same festival and year', async () => {
    const county = await listedCampaign(f, { year: 2029 });
    const { id, version } = await f
      .as('admin')
      .festival.create(
        campaignInput(f, { year: 2029, orgId: f.orgId('520000'), amounts: { DEEP: 100_000 } }),
      );
    const province = await f.as('admin').festival.buildList({ campaignId: id, expectedVersion: version });
    expect(await amountsOf(province.id, 'admin')).toEqual({ [hh.bijieDeep]: 100_000 });
    expect(county.totalCount).toBe(3);
  });

  it('refuses an amount above the configured cap, per category, and records the policy version used', async () => {
    const before = await festivalCounts(f);
    const over = await failure(
      f
        .as('zunyiCw')
        .festival.create(campaignInput(f, { amounts: { DEEP: DEFAULT_FESTIVAL_POLICY.maxAmountFen + 1 } })),
    );
    expect([over.domainCode, Object.keys(over.fieldErrors ?? {})]).toEqual(['VALIDATION', ['amounts.DEEP']]);
    expect(await festivalCounts(f)).toEqual(before);
    await publishPolicy(f.context('admin'), {
      kind: FESTIVAL_POLICY_KIND,
      schema: FestivalPolicySchema,
      body: { maxAmountFen: 300_000 },
      effectiveFrom: '2026-01-01',
    });
    const capped = await failure(
      f.as('zunyiCw').festival.create(campaignInput(f, { amounts: { DEEP: 300_001 } })),
    );
    expect(capped.domainCode).toBe('VALIDATION');
    const { id } = await f.as('zunyiCw').festival.create(campaignInput(f, { year: 2040 }));
    expect((await f.as('zunyiCw').festival.get({ campaignId: id })).policyVersion).toBe(1);
  });

  it('excludes and re-includes a household, moving the totals and the version', async () => {
    const built = await listedCampaign(f, { year: 2030 });
    const cw = f.as('zunyiCw').festival;
    const item = (await cw.items({ campaignId: built.id })).items.find((i) => i.householdId === hh.deepA)!;
    const saved = await cw.exclude({
      itemId: item.id,
      reason: '已享受其他帮扶',
      expectedVersion: item.version,
    });
    expect(saved.version).toBe(built.version + 1);
    expect((await cw.get({ campaignId: built.id })).totalFen).toBe(300_000);
    const excluded = await cw.items({ campaignId: built.id, filter: { status: 'EXCLUDED' } });
    expect(excluded.items.map((i) => [i.householdId, i.excludedReason])).toEqual([
      [hh.deepA, '已享受其他帮扶'],
    ]);
    expect((await failure(cw.exclude({ itemId: item.id, reason: '重复' }))).domainCode).toBe('CONFLICT');
    // Rebuilding keeps the exclusion.
    const rebuilt = await cw.buildList({ campaignId: built.id, expectedVersion: saved.version });
    expect([rebuilt.totalCount, rebuilt.totalFen]).toEqual([2, 300_000]);
    await cw.include({ itemId: item.id });
    expect((await cw.get({ campaignId: built.id })).totalFen).toBe(500_000);
  });

  it('approval: not by the creator, not on a stale reading; afterwards the list is frozen', async () => {
    const { id, version } = await f.as('admin').festival.create(campaignInput(f, { year: 2031 }));
    const built = await f.as('admin').festival.buildList({ campaignId: id, expectedVersion: version });
    const before = await festivalCounts(f);
    const own = await failure(
      f.as('admin').festival.approve({ campaignId: id, expectedVersion: built.version }),
    );
    expect(own.domainCode).toBe('RECUSAL_REQUIRED');
    const stale = await failure(f.as('hhgReviewer').festival.approve({ campaignId: id, expectedVersion: 1 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect(await festivalCounts(f)).toEqual(before);
    expect((await f.as('admin').festival.get({ campaignId: id })).status).toBe('LISTED');
    await f.as('hhgReviewer').festival.approve({ campaignId: id, expectedVersion: built.version });
    const c = await f.as('admin').festival.get({ campaignId: id });
    expect([c.status, c.approvedBy]).toEqual(['APPROVED', f.actor('hhgReviewer').userId]);
    const item = (await f.as('zunyiCw').festival.items({ campaignId: id })).items[0]!;
    const frozen = await failure(f.as('zunyiCw').festival.exclude({ itemId: item.id, reason: '迟到' }));
    expect(frozen.domainCode).toBe('STEP_OUT_OF_ORDER');
    expect(
      (await failure(f.as('fundOfficer').festival.buildList({ campaignId: id, expectedVersion: 3 }))).code,
    ).toBe('FORBIDDEN');
  });

  it('reads a campaign outside the actor subtree as not found', async () => {
    const built = await listedCampaign(f, { year: 2032 });
    const item = (await f.as('zunyiCw').festival.items({ campaignId: built.id })).items[0]!;
    const bijie = f.as('bijieCw').festival;
    const calls = [
      () => bijie.get({ campaignId: built.id }),
      () => bijie.items({ campaignId: built.id }),
      () => bijie.buildList({ campaignId: built.id, expectedVersion: built.version }),
      () => bijie.exclude({ itemId: item.id, reason: '越权' }),
      () => bijie.exportXlsx({ campaignId: built.id }),
    ];
    for (const call of calls) expect((await failure(call())).domainCode).toBe('NOT_FOUND');
    expect((await bijie.list({})).items.map((c) => c.id)).not.toContain(built.id);
    expect((await f.as('zunyiCw').festival.list({ year: 2032 })).items.map((c) => c.id)).toEqual([built.id]);
    const otherCounty = await failure(
      f.as('zunyiCw').festival.create(campaignInput(f, { orgId: f.orgId('520502') })),
    );
    expect(otherCounty.domainCode).toBe('NOT_FOUND');
  });
});
