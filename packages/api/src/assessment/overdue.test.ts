import { driverTestTargets } from '@bangfu/db/testing';
import { ASSESSMENT_POLICY_KIND, AssessmentPolicySchema } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPolicy } from '../policies/load-policy';
import { overviewAs } from '../testing/assessment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { draftHousehold, submitInput } from '../testing/identification-fixture';
import { fileHousehold } from '../testing/oversight-fixture';
import { caseWithOpenNotice, setBusinessDate } from '../testing/review-fixture';

// Work opened on Monday 2026-11-02 under 中华路社区工会: a notice ending Friday 11-06, a home survey
// due 11-07 (SLA 5 days), two reviews due 2027-01-01 (60 days) and a rectification due 12-02 (30 days).
describe.each(driverTestTargets())('overdue tasks on $name', (target) => {
  let f: Fixture;
  const ids: Record<'notice' | 'survey' | 'checked', string> = { notice: '', survey: '', checked: '' };
  let reviewed: string[] = [];
  beforeAll(async () => {
    f = await createFixture(target);
    const notice = await caseWithOpenNotice(f, '2026-11-02');
    expect(notice.endDate).toBe('2026-11-06');
    ids.notice = notice.id;
    const h = await draftHousehold(f);
    const cw = f.as('zunyiCw').identification;
    const submitted = await cw.submit(submitInput(h.id, h.version));
    await cw.preliminaryReview({
      householdId: h.id,
      expectedVersion: submitted.version,
      decision: 'PASS',
      surveyorIds: [f.actor('zunyiCw').userId, f.actor('grassrootsCw').userId],
    });
    ids.survey = h.id;
    reviewed = [await fileHousehold(f), await fileHousehold(f)];
    await f.as('zunyiCw').oversight.startReviews({ orgId: f.orgId('520302-G01'), year: 2026, mode: 'ALL' });
    ids.checked = await fileHousehold(f);
    const drawn = await f.as('auditor').oversight.drawSpotCheck({
      orgId: f.orgId('520302-G01'),
      sharePermille: 1000,
      stratifyBy: 'REGION',
      statuses: ['FILED'],
      seed: 'overdue',
    });
    const [item] = (await f.as('auditor').oversight.spotCheck({ id: drawn.id })).items;
    await f
      .as('auditor')
      .oversight.recordSpotCheckOutcome({ itemId: item!.id, outcome: 'MISSED_EXIT', note: '收入已超标' });
  }, 240_000);
  afterAll(() => f?.close());

  const countsOn = async (date: string) => {
    setBusinessDate(f, date);
    const { total, ...byKind } = (await overviewAs(f, 'zunyiCw', 2026)).unit(f.orgId('520302-G01')).overdue;
    return { total, ...byKind };
  };

  it('counts nothing before the due dates and each task the day after its due date', async () => {
    const none = {
      SURVEY_LATE: 0,
      NOTICE_NOT_CLOSED: 0,
      REVIEW_OVERDUE: 0,
      RECTIFICATION_OVERDUE: 0,
      total: 0,
    };
    expect(await countsOn('2026-11-02')).toEqual(none);
    expect(await countsOn('2026-11-06')).toEqual(none);
    expect(await countsOn('2026-11-07')).toMatchObject({ NOTICE_NOT_CLOSED: 1, SURVEY_LATE: 0, total: 1 });
    expect(await countsOn('2026-11-08')).toMatchObject({ SURVEY_LATE: 1, total: 2 });
    expect(await countsOn('2026-12-02')).toMatchObject({ RECTIFICATION_OVERDUE: 0, total: 2 });
    expect(await countsOn('2026-12-03')).toMatchObject({ RECTIFICATION_OVERDUE: 1, total: 3 });
    expect(await countsOn('2027-01-01')).toMatchObject({ REVIEW_OVERDUE: 0, total: 3 });
    expect(await countsOn('2027-01-02')).toEqual({
      SURVEY_LATE: 1,
      NOTICE_NOT_CLOSED: 1,
      REVIEW_OVERDUE: 2,
      RECTIFICATION_OVERDUE: 1,
      total: 5,
    });
    // A level up the same tasks belong to the county.
    const up = await overviewAs(f, 'zunyiReviewer', 2026);
    expect(up.unit(f.orgId('520302')).overdue.total).toBe(5);
  });

  it('lists the overdue tasks of a unit with household links and due dates, oldest first', async () => {
    setBusinessDate(f, '2027-01-02');
    const list = await f.as('zunyiCw').assessment.overdueTasks({ orgId: f.orgId('520302-G01') });
    expect(list.total).toBe(5);
    const rows = list.items.map((i) => [i.kind, i.householdId, i.dueOn]);
    expect(rows.slice(0, 3)).toEqual([
      ['NOTICE_NOT_CLOSED', ids.notice, '2026-11-06'],
      ['SURVEY_LATE', ids.survey, '2026-11-07'],
      ['RECTIFICATION_OVERDUE', ids.checked, '2026-12-02'],
    ]);
    expect(rows.slice(3).sort()).toEqual(
      [...reviewed].sort().map((id) => ['REVIEW_OVERDUE', id, '2027-01-01']),
    );
    const reviews = await f
      .as('auditor')
      .assessment.overdueTasks({ orgId: f.orgId('520302-G01'), kind: 'REVIEW_OVERDUE' });
    expect(reviews.items.map((i) => i.householdId).sort()).toEqual([...reviewed].sort());
    const outside = await failure(f.as('bijieCw').assessment.overdueTasks({ orgId: f.orgId('520302-G01') }));
    expect(outside.domainCode).toBe('NOT_FOUND');
  });

  it('deducts the policy penalty per overdue task from the score, recording the policy version', async () => {
    setBusinessDate(f, '2027-01-02');
    await f.as('zunyiCw').assessment.setTargets({
      year: 2026,
      targets: [{ orgId: f.orgId('520302-G01'), metric: 'EXITS', targetValue: 0 }],
    });
    const before = await overviewAs(f, 'zunyiCw', 2026);
    expect(before.unit(f.orgId('520302-G01')).score).toMatchObject({
      scorePermille: 900,
      deductionPermille: 100,
    });
    await publishPolicy(f.context('admin'), {
      kind: ASSESSMENT_POLICY_KIND,
      schema: AssessmentPolicySchema,
      body: { overduePenaltyPermille: 50, reviewDueDays: 60 },
      effectiveFrom: '2026-01-01',
    });
    const after = await overviewAs(f, 'zunyiCw', 2026);
    expect(after.policyVersion).toBe(1);
    expect(after.unit(f.orgId('520302-G01')).score).toMatchObject({
      meanCompletionPermille: 1000,
      overdueCount: 5,
      penaltyPermille: 50,
      scorePermille: 750,
    });
  });

  it('stops counting a notice once it is closed', async () => {
    setBusinessDate(f, '2027-01-02');
    await f.as('admin').review.closeDueNotices();
    expect(await countsOn('2027-01-02')).toMatchObject({ NOTICE_NOT_CLOSED: 0, total: 4 });
  });
});
