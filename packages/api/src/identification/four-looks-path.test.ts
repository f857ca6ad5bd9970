import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  caseSnapshot,
  deepHardshipFigures,
  draftHousehold,
  fourLooksChecklist,
  submitInput,
} from '../testing/identification-fixture';

// 红花岗区 falls under the default policy's province-wide 四看法.
describe.each(driverTestTargets())('identification with the four looks on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());
  const cw = () => f.as('zunyiCw').identification;

  it('walks DRAFT → SUBMITTED → SURVEYING → ASSESSED → DEMOCRATIC_REVIEW with the contracts', async () => {
    const h = await draftHousehold(f);
    const submitted = await cw().submit(submitInput(h.id, h.version));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: h.version + 1 });
    const surveyors = [f.actor('zunyiCw').userId, f.actor('grassrootsCw').userId];
    const passed = await cw().preliminaryReview({
      householdId: h.id,
      expectedVersion: submitted.version,
      decision: 'PASS',
      surveyorIds: surveyors,
    });
    expect(passed.status).toBe('SURVEYING');
    const surveyId = passed.surveyId!;
    await cw().recordChecklist({ surveyId, checklist: fourLooksChecklist() });
    await cw().signSurvey({ surveyId });
    expect(await f.as('grassrootsCw').identification.signSurvey({ surveyId })).toEqual({
      surveyId,
      signatures: 2,
    });
    const assessed = await cw().completeSurvey({
      householdId: h.id,
      expectedVersion: passed.version,
      classificationInput: deepHardshipFigures(),
    });
    expect(assessed.status).toBe('ASSESSED');
    const decided = await f.as('zunyiCw2').identification.decideAssessment({
      householdId: h.id,
      expectedVersion: assessed.version,
      decision: 'PROCEED',
      reason: '核实属实',
    });
    expect(decided).toMatchObject({ status: 'DEMOCRATIC_REVIEW', decidedCategory: 'DEEP' });

    const steps = await f.handle.db
      .selectFrom('ident_step')
      .select(['event', 'payload'])
      .where('household_id', '=', h.id)
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => s.event)).toEqual([
      'SUBMIT',
      'START_SURVEY',
      'COMPLETE_SURVEY',
      'SEND_TO_REVIEW',
    ]);
    expect(steps[1]!.payload).toEqual({ surveyorIds: surveyors, surveyId, method: 'FOUR_LOOKS' });
    const complete = steps[2]!.payload as Record<string, unknown>;
    expect(complete).toMatchObject({
      surveyId,
      policyVersion: 0,
      classification: { eligible: true, category: 'DEEP' },
    });
    expect(steps[3]!.payload).toMatchObject({
      decidedCategory: 'DEEP',
      reason: '核实属实',
      explanationSeen: complete.classification,
      policyVersion: 0,
    });
    const household = await f.as('auditor').households.get({ id: h.id });
    expect([household.status, household.category, household.standardVersion]).toEqual([
      'DEMOCRATIC_REVIEW',
      'DEEP',
      'ACFTU_2020',
    ]);

    const detail = await f.as('hhgReviewer').identification.caseDetail({ householdId: h.id });
    expect(detail.survey).toMatchObject({ method: 'FOUR_LOOKS', status: 'SIGNED' });
    expect(detail.survey!.signatures).toHaveLength(2);
    expect(detail.assessment).toMatchObject({
      decision: 'PROCEED',
      decidedCategory: 'DEEP',
      proposedCategory: 'DEEP',
    });
    expect(detail.allowedEvents).toEqual(['REJECT', 'REQUEST_INCOME_CHECK']);

    const tl = await f.as('auditor').identification.timeline({ householdId: h.id });
    expect(tl.steps.map((s) => s.actor?.name)).toEqual([
      '测试zunyiCw',
      '测试zunyiCw',
      '测试zunyiCw',
      '测试zunyiCw2',
    ]);
    expect(tl.responsibility).toMatchObject({
      registrar: { name: '测试zunyiCw' },
      surveyors: [{ name: '测试zunyiCw' }, { name: '测试grassrootsCw' }],
      assessor: { name: '测试zunyiCw2' },
      approver: null,
    });
    expect(tl.steps[1]!.summary?.zh).toContain('测试grassrootsCw');
  });

  it('rejects an assessment: ASSESSED → REJECTED with no category', async () => {
    const h = await draftHousehold(f);
    const s = await cw().submit(submitInput(h.id, h.version));
    const p = await cw().preliminaryReview({
      householdId: h.id,
      expectedVersion: s.version,
      decision: 'PASS',
      surveyorIds: [f.actor('zunyiCw').userId, f.actor('zunyiCw2').userId],
    });
    await cw().recordChecklist({ surveyId: p.surveyId!, checklist: fourLooksChecklist() });
    await cw().signSurvey({ surveyId: p.surveyId! });
    await f.as('zunyiCw2').identification.signSurvey({ surveyId: p.surveyId! });
    const figures = deepHardshipFigures({ exclusionFacts: { homesOwned: 2 } });
    const a = await cw().completeSurvey({
      householdId: h.id,
      expectedVersion: p.version,
      classificationInput: figures,
    });
    const proceed = await failure(
      cw().decideAssessment({
        householdId: h.id,
        expectedVersion: a.version,
        decision: 'PROCEED',
        reason: '试',
      }),
    );
    expect(Object.keys(proceed.fieldErrors ?? {})).toEqual(['decidedCategory']);
    const r = await cw().decideAssessment({
      householdId: h.id,
      expectedVersion: a.version,
      decision: 'REJECT',
      reason: '拥有两套住房',
    });
    expect(r).toMatchObject({ status: 'REJECTED', decidedCategory: null });
    expect((await caseSnapshot(f, h.id)).household).toMatchObject({ status: 'REJECTED', category: 'DIBAO' });
  });
});
