import { newId } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { FILE_NO_PATTERN } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  caseAtDemocraticReview,
  caseAtHigherReview,
  reviewState,
  runSteps,
  setBusinessDate,
} from '../testing/review-fixture';

describe.each(driverTestTargets())('higher review (上级复核) on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const approve = (c: { id: string; version: number }) => ({
    householdId: c.id,
    expectedVersion: c.version,
    decision: 'APPROVE' as const,
    reason: '',
    stamped: true,
  });

  /** The call must be refused with `code` (and `guard`), and the case must be exactly as before. */
  async function expectRefused(
    c: { id: string },
    call: () => Promise<unknown>,
    code: string,
    guard?: string,
  ) {
    // The snapshot comes first, then the call: a refusal must leave exactly this state.
    const before = await reviewState(f, c.id);
    const err = await failure(call());
    expect(err.domainCode).toBe(code);
    if (guard) expect(err.details?.guard).toBe(guard);
    expect(await reviewState(f, c.id)).toEqual(before);
    return err;
  }

  it('approves: FILED with a file number GZ-<division>-<year>-<seq>, and records the approval', async () => {
    const c = await caseAtHigherReview(f);
    const r = await f.as('hhgReviewer').review.decide(approve(c));
    expect(r.status).toBe('FILED');
    expect(r.fileNo).toMatch(FILE_NO_PATTERN);
    expect(r.fileNo).toMatch(/^GZ-520302-2026-\d{6}$/);
    const h = await f.handle.db
      .selectFrom('household')
      .select(['file_no', 'status'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(h).toEqual({ file_no: r.fileNo, status: 'FILED' });
    const a = await f.handle.db
      .selectFrom('ident_approval')
      .selectAll()
      .where('household_id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(a).toMatchObject({
      level: 'COUNTY',
      decision: 'APPROVE',
      stamped: true,
      file_no: r.fileNo,
      notice_id: c.noticeId,
    });
  });

  it('returns and rejects with a reason, issuing no file number', async () => {
    const returned = await caseAtHigherReview(f);
    const r1 = await f
      .as('zunyiReviewer')
      .review.decide({ ...approve(returned), decision: 'RETURN', reason: '材料不全', stamped: false });
    expect([r1.status, r1.fileNo]).toEqual(['RETURNED', null]);
    const rejected = await caseAtHigherReview(f);
    const noReason = await failure(
      f.as('zunyiReviewer').review.decide({ ...approve(rejected), decision: 'REJECT' }),
    );
    expect(Object.keys(noReason.fieldErrors ?? {})).toEqual(['reason']);
    const r2 = await f
      .as('zunyiReviewer')
      .review.decide({ ...approve(rejected), decision: 'REJECT', reason: '收入超标' });
    expect(r2.status).toBe('REJECTED');
  });

  it('refuses a reviewer of the filing union itself (must be strictly above)', async () => {
    const c = await caseAtHigherReview(f, { org: '520302' });
    await expectRefused(c, () => f.as('hhgReviewer').review.decide(approve(c)), 'FORBIDDEN', 'HIGHER_LEVEL');
    expect((await f.as('zunyiReviewer').review.decide(approve(c))).status).toBe('FILED');
  });

  it('refuses an unstamped approval, a stale version, and a case not at HIGHER_REVIEW', async () => {
    const c = await caseAtHigherReview(f);
    await expectRefused(
      c,
      () => f.as('hhgReviewer').review.decide({ ...approve(c), stamped: false }),
      'RULE_VIOLATION',
      'STAMPED',
    );
    await expectRefused(
      c,
      () => f.as('hhgReviewer').review.decide({ ...approve(c), expectedVersion: c.version - 1 }),
      'VERSION_CONFLICT',
    );
    const early = await caseAtDemocraticReview(f);
    await expectRefused(early, () => f.as('hhgReviewer').review.decide(approve(early)), 'STEP_OUT_OF_ORDER');
  });

  it('refuses approval without an ended notice', async () => {
    const c = await caseAtDemocraticReview(f);
    const version = await runSteps(
      f,
      c.id,
      ['REQUEST_INCOME_CHECK', 'OPEN_NOTICE', 'CLOSE_NOTICE'],
      'hhgReviewer',
    );
    await expectRefused(
      c,
      () => f.as('zunyiReviewer').review.decide(approve({ id: c.id, version })),
      'RULE_VIOLATION',
      'NOTICE_ENDED',
    );
  });

  it('refuses approval while an objection is unhandled', async () => {
    const c = await caseAtHigherReview(f);
    await f.handle.db
      .insertInto('notice_objection')
      .values({
        id: newId(),
        notice_id: c.noticeId,
        received_on: '2026-11-06',
        channel: 'LETTER',
        summary: '迟到登记的异议',
        recorded_by: f.actor('zunyiCw').userId,
        recorded_at: f.clock.now,
      })
      .execute();
    await expectRefused(
      c,
      () => f.as('hhgReviewer').review.decide(approve(c)),
      'RULE_VIOLATION',
      'OBJECTIONS_HANDLED',
    );
  });

  it('refuses approval when the latest income check found a discrepancy', async () => {
    const c = await caseAtHigherReview(f);
    await f.handle.db
      .insertInto('income_check')
      .values({
        id: newId(),
        household_id: c.id,
        centre: '核对中心',
        requested_on: '2026-11-06',
        responded_on: '2026-11-09',
        result_summary_enc: f.services.crypto.encrypt('不符'),
        discrepancy: true,
        recorded_by: f.actor('zunyiCw').userId,
        recorded_at: new Date(f.clock.now.getTime() + 1000),
      })
      .execute();
    await expectRefused(
      c,
      () => f.as('hhgReviewer').review.decide(approve(c)),
      'RULE_VIOLATION',
      'INCOME_CHECK_CLEAR',
    );
  });

  it('a surveyor may not approve their own case, nor the registrar their own registration', async () => {
    const surveyed = await caseAtHigherReview(f, { surveyors: ['zunyiCw2', 'zunyiReviewer'] });
    const e1 = await expectRefused(
      surveyed,
      () => f.as('zunyiReviewer').review.decide(approve(surveyed)),
      'RECUSAL_REQUIRED',
    );
    expect(e1.details?.reasons).toEqual(['SURVEYOR_OF_CASE']);
    const registered = await caseAtHigherReview(f, { registrar: 'admin' });
    const e2 = await expectRefused(
      registered,
      () => f.as('admin').review.decide(approve(registered)),
      'RECUSAL_REQUIRED',
    );
    expect(e2.details?.reasons).toEqual(['REGISTRAR_OF_CASE']);
    await f.as('provinceReviewer').review.declare({
      kind: 'RELATIVE',
      idNumber: surveyed.idNumbers[1],
      personName: '李秀英',
      relation: '表妹',
    });
    const e3 = await expectRefused(
      surveyed,
      () => f.as('provinceReviewer').review.decide(approve(surveyed)),
      'RECUSAL_REQUIRED',
    );
    expect(e3.details?.reasons).toEqual(['DECLARED_RELATIVE']);
    expect((await f.as('hhgReviewer').review.decide(approve(surveyed))).status).toBe('FILED');
  });

  it('two approvals racing in parallel get different, consecutive numbers', async () => {
    const a = await caseAtHigherReview(f);
    const b = await caseAtHigherReview(f);
    setBusinessDate(f, '2026-11-10');
    const [ra, rb] = await Promise.all([
      f.as('hhgReviewer').review.decide(approve(a)),
      f.as('zunyiReviewer').review.decide(approve(b)),
    ]);
    expect(ra.fileNo).not.toBe(rb.fileNo);
    const seqs = [ra.fileNo, rb.fileNo].map((n) => Number(n!.slice(-6))).sort((x, y) => x - y);
    expect(seqs[1]! - seqs[0]!).toBe(1);
    const counter = await f.handle.db
      .selectFrom('file_no_counter')
      .selectAll()
      .where('division_code', '=', '520302')
      .executeTakeFirstOrThrow();
    expect(counter.last_no).toBe(seqs[1]);
  });
});
