import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  caseAtDemocraticReview,
  caseWithOpenNotice,
  clearIncomeCheck,
  passingReview,
  reviewState,
  setBusinessDate,
} from '../testing/review-fixture';

const statusOf = async (f: Fixture, id: string) =>
  (await f.handle.db.selectFrom('household').select('status').where('id', '=', id).executeTakeFirstOrThrow())
    .status;
const noticeStatus = async (f: Fixture, id: string) =>
  (
    await f.handle.db
      .selectFrom('public_notice')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;

describe.each(driverTestTargets())('income check and public notice on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('a discrepant income check sends the case back to survey; no notice without a clear check', async () => {
    setBusinessDate(f, '2026-09-15');
    const c = await caseAtDemocraticReview(f);
    const reviewed = await f.as('hhgReviewer').review.recordDemocraticReview(passingReview(c));
    const before = await reviewState(f, c.id);
    const early = await failure(
      f
        .as('zunyiCw')
        .review.openNotice({ householdId: c.id, expectedVersion: reviewed.version, startDate: '2026-09-15' }),
    );
    expect([early.domainCode, early.details?.guard]).toEqual(['RULE_VIOLATION', 'INCOME_CHECK_CLEAR']);
    expect(await reviewState(f, c.id)).toEqual(before);
    const amounts = await failure(
      f.as('zunyiCw').review.recordIncomeCheck({
        ...clearIncomeCheck({ id: c.id, version: reviewed.version }),
        resultSummary: '月收入1500元',
      }),
    );
    expect(Object.keys(amounts.fieldErrors ?? {})).toEqual(['resultSummary']);
    const r = await f
      .as('zunyiCw')
      .review.recordIncomeCheck(clearIncomeCheck({ id: c.id, version: reviewed.version }, true));
    expect(r.status).toBe('SURVEYING');
    const row = await f.handle.db
      .selectFrom('income_check')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(row.discrepancy).toBe(true);
    expect(Buffer.from(row.result_summary_enc).toString('utf8')).not.toContain('不符');
  });

  it('a notice opened on 2026-09-30 runs 5 working days over National Day and ends only after 2026-10-12', async () => {
    const c = await caseWithOpenNotice(f, '2026-09-30');
    expect(c.endDate).toBe('2026-10-12');
    const notice = await f.handle.db
      .selectFrom('public_notice')
      .selectAll()
      .where('id', '=', c.noticeId)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({
      start_date: '2026-09-30',
      working_days: 5,
      policy_version: 0,
      calendar_version: 0,
    });
    expect(notice.scopes).toEqual(['UNIT', 'COMMUNITY']);
    expect(await statusOf(f, c.id)).toBe('PUBLIC_NOTICE');
    setBusinessDate(f, '2026-10-12');
    await f.as('admin').review.closeDueNotices();
    expect(await noticeStatus(f, c.noticeId)).toBe('OPEN');
    setBusinessDate(f, '2026-10-13');
    const result = await f.as('admin').review.closeDueNotices();
    expect(result.ended).toBeGreaterThanOrEqual(1);
    expect(await noticeStatus(f, c.noticeId)).toBe('ENDED');
    expect(await statusOf(f, c.id)).toBe('HIGHER_REVIEW');
    const step = await f.handle.db
      .selectFrom('ident_step')
      .select(['event', 'actor_kind', 'actor_id'])
      .where('household_id', '=', c.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(step).toEqual({ event: 'CLOSE_NOTICE', actor_kind: 'SYSTEM', actor_id: null });
  });

  it('an open objection keeps the notice open past its end; once dismissed the notice ends', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-02');
    expect(c.endDate).toBe('2026-11-06');
    const { id } = await f.as('zunyiCw').review.recordObjection({
      noticeId: c.noticeId,
      receivedOn: '2026-11-02',
      channel: 'HOTLINE',
      summary: '反映其家中有营业商铺',
    });
    setBusinessDate(f, '2026-11-10');
    const held = await f.as('admin').review.closeDueNotices();
    expect(held.heldByObjection).toBeGreaterThanOrEqual(1);
    expect(await noticeStatus(f, c.noticeId)).toBe('OPEN');
    const inbox = await f.as('hhgReviewer').review.inbox();
    expect(inbox.openObjections.map((o) => o.objectionId)).toContain(id);
    const handled = await f
      .as('hhgReviewer')
      .review.handleObjection({ objectionId: id, upheld: false, handling: '经核实,商铺已于去年转让' });
    expect(handled).toMatchObject({ status: 'DISMISSED', noticeStatus: 'OPEN' });
    const again = await failure(
      f.as('hhgReviewer').review.handleObjection({ objectionId: id, upheld: true, handling: '重复' }),
    );
    expect(again.domainCode).toBe('CONFLICT');
    await f.as('admin').review.closeDueNotices();
    expect(await noticeStatus(f, c.noticeId)).toBe('ENDED');
    expect(await statusOf(f, c.id)).toBe('HIGHER_REVIEW');
    const late = await failure(
      f.as('zunyiCw').review.recordObjection({
        noticeId: c.noticeId,
        receivedOn: '2026-11-10',
        channel: 'LETTER',
        summary: '迟到的异议',
      }),
    );
    expect(late.domainCode).toBe('CONFLICT');
  });

  it('an upheld objection withdraws the notice and sends the case back to SURVEYING', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-02');
    const { id } = await f.as('zunyiCw').review.recordObjection({
      noticeId: c.noticeId,
      receivedOn: '2026-11-02',
      channel: 'IN_PERSON',
      summary: '家中有两套住房',
    });
    const r = await f
      .as('zunyiCw')
      .review.handleObjection({ objectionId: id, upheld: true, handling: '经核实属实,重新入户调查' });
    expect(r).toMatchObject({ status: 'UPHELD', noticeStatus: 'WITHDRAWN' });
    expect(await noticeStatus(f, c.noticeId)).toBe('WITHDRAWN');
    expect(await statusOf(f, c.id)).toBe('SURVEYING');
  });

  it('out-of-scope notices read as not found', async () => {
    const c = await caseWithOpenNotice(f, '2026-11-02');
    const err = await failure(
      f.as('bijieCw').review.recordObjection({
        noticeId: c.noticeId,
        receivedOn: '2026-11-02',
        channel: 'HOTLINE',
        summary: 'x',
      }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
    expect(
      (await failure(f.as('bijieVolunteer').review.noticeDocument({ noticeId: c.noticeId }))).domainCode,
    ).toBe('NOT_FOUND');
  });

  it('the inbox shows each kind of waiting work in the reviewer subtree', async () => {
    setBusinessDate(f, '2026-11-02');
    const atReview = await caseAtDemocraticReview(f);
    const notice = await caseWithOpenNotice(f, '2026-11-02');
    setBusinessDate(f, '2026-11-04');
    const inbox = await f.as('hhgReviewer').review.inbox();
    expect(inbox.democraticReviews.map((x) => x.householdId)).toContain(atReview.id);
    expect(inbox.noticesEndingSoon.map((x) => x.noticeId)).toContain(notice.noticeId);
    const bijie = await f.as('bijieCw').review.inbox();
    expect(bijie.democraticReviews.map((x) => x.householdId)).not.toContain(atReview.id);
    setBusinessDate(f, '2026-11-02');
    const far = await f.as('hhgReviewer').review.inbox();
    expect(far.noticesEndingSoon.map((x) => x.noticeId)).not.toContain(notice.noticeId);
  });
});
