import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startupInput, supportCounts } from '../testing/employment-support-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { seedFamily } from '../testing/training-fixture';

describe.each(driverTestTargets())('start-up support on $name', (target) => {
  let f: Fixture;
  let zunyi: { id: string; memberIds: string[] };
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = await seedFamily(f);
  });
  afterAll(() => f?.close());

  const loan = (caseId: string, version: number) => ({
    caseId,
    version,
    lender: '贵州银行遵义分行',
    amountFen: 10_000_000,
    interestSubsidyPermille: 1000,
    termMonths: 24,
    guaranteeOrg: '遵义市创业担保中心',
    grantedOn: '2026-04-01',
  });

  it('opens a case, adds guidance and a 惠工贷 loan, each bumping the version', async () => {
    const cw = f.as('zunyiCw').employmentSupport.startups;
    const { id } = await cw.create(startupInput(zunyi.id, zunyi.memberIds[0]!));
    const activity = { caseId: id, kind: 'GUIDANCE' as const, heldOn: '2026-03-05', note: '创业计划书辅导' };
    expect(await cw.addActivity({ ...activity, version: 1 })).toEqual({ id, version: 2 });
    await cw.addActivity({
      ...activity,
      version: 2,
      kind: 'FOLLOW_UP',
      heldOn: '2026-06-01',
      outcome: '经营稳定',
    });
    expect(await cw.recordLoan(loan(id, 3))).toEqual({ id, version: 4 });
    const twice = await failure(cw.recordLoan(loan(id, 4)));
    expect(twice.domainCode).toBe('CONFLICT');
    const detail = await f.as('auditor').employmentSupport.startups.get({ id });
    expect(detail).toMatchObject({
      businessName: '黔丰自动化设备维修部',
      version: 4,
      activityCount: 2,
      loan: { amountFen: 10_000_000, interestSubsidyPermille: 1000, termMonths: 24 },
    });
    expect(detail.activities.map((a) => a.kind)).toEqual(['GUIDANCE', 'FOLLOW_UP']);
    const list = await f.as('zunyiReviewer').employmentSupport.startups.list({ status: 'OPEN' });
    expect(list.map((c) => c.id)).toContain(id);
  });

  it('refuses stale, early and out-of-scope changes, and a closed case, changing nothing', async () => {
    const cw = f.as('zunyiCw').employmentSupport.startups;
    const { id } = await cw.create(startupInput(zunyi.id, zunyi.memberIds[1]!));
    const activity = {
      caseId: id,
      version: 1,
      kind: 'CONSULTING' as const,
      heldOn: '2026-03-05',
      note: '项目咨询',
    };
    const before = await supportCounts(f);
    expect((await failure(cw.addActivity({ ...activity, version: 2 }))).domainCode).toBe('VERSION_CONFLICT');
    expect(
      (await failure(cw.addActivity({ ...activity, heldOn: '2026-02-01' }))).fieldErrors?.heldOn,
    ).toBeDefined();
    const outside = await failure(f.as('bijieCw').employmentSupport.startups.addActivity(activity));
    expect(outside.domainCode).toBe('NOT_FOUND');
    expect((await failure(f.as('bijieCw').employmentSupport.startups.get({ id }))).domainCode).toBe(
      'NOT_FOUND',
    );
    expect(await supportCounts(f)).toEqual(before);
    await cw.update({ id, version: 1, stage: 'CLOSED', status: 'CLOSED' });
    const closed = await failure(cw.addActivity({ ...activity, version: 2 }));
    expect(closed.domainCode).toBe('CONFLICT');
    expect((await f.as('bijieCw').employmentSupport.startups.list({})).map((c) => c.id)).not.toContain(id);
  });
});
