import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  caseAtDemocraticReview,
  caseWithOpenNotice,
  reviewState,
  setBusinessDate,
} from '../testing/review-fixture';

const COMMUNITY = '红花岗区中华路社区工会';

describe.each(driverTestTargets())('notice and objection reads on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const objection = (noticeId: string, summary: string, receivedOn = '2026-11-02') =>
    f.as('zunyiCw').review.recordObjection({ noticeId, receivedOn, channel: 'HOTLINE', summary });

  it('the inbox names the head and the union of notices ending soon and of open objections', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-02');
    const { id } = await objection(c.noticeId, '反映其家中有营业商铺');
    setBusinessDate(f, '2026-11-04');
    const inbox = await f.as('hhgReviewer').review.inbox();
    const named = { householdId: c.id, headName: '张建国', orgId: f.orgId('520302-G01'), orgName: COMMUNITY };
    expect(inbox.noticesEndingSoon.find((n) => n.noticeId === c.noticeId)).toEqual({
      ...named,
      noticeId: c.noticeId,
      endDate: '2026-11-06',
    });
    expect(inbox.openObjections.find((o) => o.objectionId === id)).toEqual({
      ...named,
      objectionId: id,
      noticeId: c.noticeId,
      receivedOn: '2026-11-02',
    });
  });

  it('caseNotices lists a household’s notices with days left and each objection’s handling', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-02');
    const first = await objection(c.noticeId, '家中有商铺');
    setBusinessDate(f, '2026-11-03');
    const second = await objection(c.noticeId, '有私家车', '2026-11-03');
    await f
      .as('hhgReviewer')
      .review.handleObjection({ objectionId: first.id, upheld: false, handling: '经核实,商铺已转让' });
    setBusinessDate(f, '2026-11-04');
    const { notices } = await f.as('zunyiCw').review.caseNotices({ householdId: c.id });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      id: c.noticeId,
      status: 'OPEN',
      startDate: '2026-11-02',
      endDate: '2026-11-06',
      workingDays: 5,
      workingDaysLeft: 3,
    });
    expect(notices[0]?.objections.map((o) => [o.id, o.status, o.handling, o.handledByName])).toEqual([
      [first.id, 'DISMISSED', '经核实,商铺已转让', expect.any(String)],
      [second.id, 'OPEN', null, null],
    ]);
    // Upheld: the notice is withdrawn, so nothing is left to run.
    await f
      .as('zunyiCw')
      .review.handleObjection({ objectionId: second.id, upheld: true, handling: '属实,重新调查' });
    const after = await f.as('hhgReviewer').review.caseNotices({ householdId: c.id });
    expect(after.notices[0]).toMatchObject({ status: 'WITHDRAWN', workingDaysLeft: 0 });
  });

  it('caseNotices of a household without notices is empty; out of scope it is not found', async () => {
    const c = await caseAtDemocraticReview(f);
    expect(await f.as('zunyiCw').review.caseNotices({ householdId: c.id })).toEqual({ notices: [] });
    const noticed = await caseWithOpenNotice(f, '2026-11-02');
    const before = await reviewState(f, noticed.id);
    const err = await failure(f.as('bijieCw').review.caseNotices({ householdId: noticed.id }));
    expect(err.domainCode).toBe('NOT_FOUND');
    expect(JSON.stringify(err)).not.toContain(noticed.noticeId);
    expect(await reviewState(f, noticed.id)).toEqual(before);
  });

  it('notices lists open ones first by end date, then the others newest first, page by page', async () => {
    const ended = await caseWithOpenNotice(f, '2026-10-19');
    setBusinessDate(f, '2026-10-27');
    await f.as('admin').review.closeDueNotices();
    const later = await caseWithOpenNotice(f, '2026-11-09');
    setBusinessDate(f, '2026-11-10');
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await f.as('zunyiCw').review.notices({ orgId: f.orgId('520302'), limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    const open = all.filter((n) => n.status === 'OPEN');
    const rest = all.filter((n) => n.status !== 'OPEN');
    expect(all.map((n) => n.status)).toEqual([...open, ...rest].map((n) => n.status));
    expect(open.map((n) => n.endDate)).toEqual(open.map((n) => n.endDate).sort());
    expect(rest.map((n) => n.endDate)).toEqual(
      rest
        .map((n) => n.endDate)
        .sort()
        .reverse(),
    );
    expect(all.find((n) => n.id === ended.noticeId)).toMatchObject({ status: 'ENDED', workingDaysLeft: 0 });
    expect(all.find((n) => n.id === later.noticeId)).toMatchObject({
      status: 'OPEN',
      headName: '张建国',
      orgName: COMMUNITY,
      endDate: '2026-11-13',
      workingDaysLeft: 4,
      openObjections: 0,
    });
    const ending = await f.as('zunyiCw').review.notices({ status: 'ENDED' });
    expect(ending.items.every((n) => n.status === 'ENDED')).toBe(true);
    expect(ending.items.map((n) => n.id)).toContain(ended.noticeId);
  });

  it('notices counts open objections and stays inside the caller’s subtree', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-16');
    await objection(c.noticeId, '异议一', '2026-11-16');
    const page = await f.as('hhgReviewer').review.notices({ status: 'OPEN', limit: 100 });
    expect(page.items.find((n) => n.id === c.noticeId)).toMatchObject({ openObjections: 1, objections: 1 });
    const bijie = await f.as('bijieCw').review.notices({ limit: 100 });
    expect(bijie.items).toEqual([]);
    const foreign = await failure(f.as('bijieCw').review.notices({ orgId: f.orgId('520302') }));
    expect(foreign.domainCode).toBe('NOT_FOUND');
    const badCursor = await failure(f.as('zunyiCw').review.notices({ cursor: 'not-a-cursor' }));
    expect(badCursor.domainCode).toBe('VALIDATION');
  });
});
