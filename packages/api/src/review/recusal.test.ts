import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, makeIdNumber } from '../testing/fixture';
import {
  caseAtDemocraticReview,
  passingReview,
  reviewState,
  setBusinessDate,
} from '../testing/review-fixture';

describe.each(driverTestTargets())('democratic review with recusal on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
    setBusinessDate(f, '2026-09-15');
  });
  afterAll(() => f?.close());

  const uid = (u: Parameters<Fixture['actor']>[0]) => f.actor(u).userId;

  /** Records the review as `recorder` with `participant`; must be refused for `reason`, changing nothing. */
  async function expectRecusal(
    c: { id: string; version: number },
    recorder: Parameters<Fixture['as']>[0],
    participants: string[],
    reason: string,
    who: string,
  ) {
    const before = await reviewState(f, c.id);
    const err = await failure(f.as(recorder).review.recordDemocraticReview(passingReview(c, participants)));
    expect(err.domainCode).toBe('RECUSAL_REQUIRED');
    expect(err.details?.reasons).toEqual([reason]);
    expect(err.details?.people).toEqual([{ userId: who, reasons: [reason] }]);
    expect(await reviewState(f, c.id)).toEqual(before);
  }

  it('a clean recorder and participants pass: PASS asks for the income check', async () => {
    const c = await caseAtDemocraticReview(f);
    const r = await f
      .as('hhgReviewer')
      .review.recordDemocraticReview(passingReview(c, [uid('zunyiReviewer')]));
    expect(r).toMatchObject({ status: 'INCOME_CHECK', version: c.version + 1 });
    const row = await f.handle.db
      .selectFrom('democratic_review')
      .selectAll()
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect([row.outcome, row.votes_for, row.recorded_by]).toEqual(['PASS', 3, uid('hhgReviewer')]);
    const step = await f.handle.db
      .selectFrom('ident_step')
      .select(['event', 'actor_id'])
      .where('household_id', '=', c.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(step).toEqual({ event: 'REQUEST_INCOME_CHECK', actor_id: uid('hhgReviewer') });
  });

  it('REJECT ends the application', async () => {
    const c = await caseAtDemocraticReview(f);
    const r = await f.as('hhgReviewer').review.recordDemocraticReview({
      ...passingReview(c),
      votesFor: 0,
      votesAgainst: 3,
      outcome: 'REJECT',
    });
    expect(r.status).toBe('REJECTED');
  });

  it('blocks a participant who declared their own ID number and is a member', async () => {
    const c = await caseAtDemocraticReview(f);
    await f.as('admin').review.declare({ kind: 'SELF', idNumber: c.idNumbers[1] });
    await expectRecusal(c, 'hhgReviewer', [uid('admin')], 'SELF_IS_MEMBER', uid('admin'));
  });

  it('blocks a participant whose declared relative is a member, until the declaration is withdrawn', async () => {
    const c = await caseAtDemocraticReview(f);
    const d = await f
      .as('provinceReviewer')
      .review.declare({ kind: 'RELATIVE', idNumber: c.idNumbers[0], personName: '张建国', relation: '表兄' });
    await expectRecusal(
      c,
      'hhgReviewer',
      [uid('provinceReviewer')],
      'DECLARED_RELATIVE',
      uid('provinceReviewer'),
    );
    await f.as('provinceReviewer').review.withdrawDeclaration({ id: d.id, version: d.version });
    const r = await f
      .as('hhgReviewer')
      .review.recordDemocraticReview(passingReview(c, [uid('provinceReviewer')]));
    expect(r.status).toBe('INCOME_CHECK');
  });

  it('blocks a participant who declared the same employer (names compared normalised)', async () => {
    const c = await caseAtDemocraticReview(f, { overrides: { employerName: '贵州某煤矿有限公司' } });
    await f.as('zunyiReviewer').review.declare({ kind: 'EMPLOYER', employerName: ' 贵州某煤矿 ' });
    await expectRecusal(c, 'hhgReviewer', [uid('zunyiReviewer')], 'SAME_EMPLOYER', uid('zunyiReviewer'));
    // Another employer's case is not affected.
    const other = await caseAtDemocraticReview(f);
    const r = await f
      .as('hhgReviewer')
      .review.recordDemocraticReview(passingReview(other, [uid('zunyiReviewer')]));
    expect(r.status).toBe('INCOME_CHECK');
  });

  it('blocks a surveyor of the case, as recorder or as participant', async () => {
    const c = await caseAtDemocraticReview(f);
    await expectRecusal(c, 'zunyiCw2', [], 'SURVEYOR_OF_CASE', uid('zunyiCw2'));
    await expectRecusal(c, 'hhgReviewer', [uid('grassrootsCw')], 'SURVEYOR_OF_CASE', uid('grassrootsCw'));
  });

  it('blocks the registrar of the case', async () => {
    const c = await caseAtDemocraticReview(f);
    await expectRecusal(c, 'zunyiCw', [], 'REGISTRAR_OF_CASE', uid('zunyiCw'));
  });

  it('refuses a stale version, a future meeting and votes that do not match the outcome', async () => {
    const c = await caseAtDemocraticReview(f);
    const before = await reviewState(f, c.id);
    const reviewer = f.as('hhgReviewer').review;
    expect(
      (await failure(reviewer.recordDemocraticReview({ ...passingReview(c), expectedVersion: 1 })))
        .domainCode,
    ).toBe('VERSION_CONFLICT');
    const future = await failure(
      reviewer.recordDemocraticReview({ ...passingReview(c), meetingDate: '2026-09-16' }),
    );
    expect(Object.keys(future.fieldErrors ?? {})).toEqual(['meetingDate']);
    const votes = await failure(
      reviewer.recordDemocraticReview({ ...passingReview(c), votesFor: 1, votesAgainst: 2 }),
    );
    expect(Object.keys(votes.fieldErrors ?? {})).toEqual(['outcome']);
    expect(await reviewState(f, c.id)).toEqual(before);
  });

  it('keeps declared ID numbers masked and never in clear in the database or the audit log', async () => {
    const idNumber = makeIdNumber('520302', '19750505', 'female');
    await f
      .as('auditor')
      .review.declare({ kind: 'RELATIVE', idNumber, personName: '王芳', relation: '配偶' });
    const dup = await failure(
      f.as('auditor').review.declare({ kind: 'RELATIVE', idNumber, personName: '王芳', relation: '配偶' }),
    );
    expect(dup.domainCode).toBe('CONFLICT');
    const mine = await f.as('auditor').review.myDeclarations();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'RELATIVE', idMasked: `520302********${idNumber.slice(-4)}` });
    const rows = await f.handle.db.selectFrom('staff_declaration').selectAll().execute();
    const audit = await f.handle.db.selectFrom('audit_event').select(['before', 'after']).execute();
    expect(JSON.stringify(rows)).not.toContain(idNumber);
    expect(JSON.stringify(audit)).not.toContain(idNumber);
    expect(await f.as('volunteer').review.myDeclarations()).toEqual([]);
    const other = await failure(
      f.as('volunteer').review.withdrawDeclaration({ id: mine[0]!.id, version: 1 }),
    );
    expect(other.domainCode).toBe('NOT_FOUND');
  });
});
