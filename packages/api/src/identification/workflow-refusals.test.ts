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

describe.each(driverTestTargets())('identification refusals on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());
  const cw = () => f.as('zunyiCw').identification;
  const pair = () => [f.actor('zunyiCw').userId, f.actor('zunyiCw2').userId];

  /** Runs a call that must be refused with `code` and checks that nothing changed. */
  async function refused(householdId: string, call: () => Promise<unknown>, code: string) {
    const before = await caseSnapshot(f, householdId);
    const err = await failure(call());
    expect(err.domainCode).toBe(code);
    expect(await caseSnapshot(f, householdId)).toEqual(before);
    return err;
  }

  async function surveying() {
    const h = await draftHousehold(f);
    const s = await cw().submit(submitInput(h.id, h.version));
    const p = await cw().preliminaryReview({
      householdId: h.id,
      expectedVersion: s.version,
      decision: 'PASS',
      surveyorIds: pair(),
    });
    return { id: h.id, version: p.version, surveyId: p.surveyId! };
  }

  it('refuses every step out of order, changing nothing', async () => {
    const h = await draftHousehold(f);
    const pass = { householdId: h.id, decision: 'PASS' as const, surveyorIds: pair() };
    await refused(
      h.id,
      () => cw().preliminaryReview({ ...pass, expectedVersion: h.version }),
      'STEP_OUT_OF_ORDER',
    );
    const args = { householdId: h.id, expectedVersion: h.version };
    const complete = () => cw().completeSurvey({ ...args, classificationInput: deepHardshipFigures() });
    await refused(h.id, complete, 'STEP_OUT_OF_ORDER');
    const decide = () => cw().decideAssessment({ ...args, decision: 'PROCEED', reason: '试' });
    await refused(h.id, decide, 'STEP_OUT_OF_ORDER');
    const s = await cw().submit(submitInput(h.id, h.version));
    await refused(h.id, () => cw().submit(submitInput(h.id, s.version)), 'STEP_OUT_OF_ORDER');

    const sv = await surveying();
    const now = {
      householdId: sv.id,
      expectedVersion: sv.version,
      classificationInput: deepHardshipFigures(),
    };
    const early = await refused(sv.id, () => cw().signSurvey({ surveyId: sv.surveyId }), 'STEP_OUT_OF_ORDER');
    expect(early.details).toEqual({ missing: 'CHECKLIST' });
    await refused(sv.id, () => cw().completeSurvey(now), 'STEP_OUT_OF_ORDER');
    await cw().recordChecklist({ surveyId: sv.surveyId, checklist: fourLooksChecklist() });
    await cw().signSurvey({ surveyId: sv.surveyId });
    const unsigned = await refused(sv.id, () => cw().completeSurvey(now), 'STEP_OUT_OF_ORDER');
    expect(unsigned.details).toMatchObject({ missing: 'SIGNATURES', signed: 1, required: 2 });
    await refused(sv.id, () => cw().signSurvey({ surveyId: sv.surveyId }), 'CONFLICT');
    const edit = () => cw().recordChecklist({ surveyId: sv.surveyId, checklist: fourLooksChecklist() });
    await refused(sv.id, edit, 'CONFLICT');
    const stranger = () => f.as('grassrootsCw').identification.signSurvey({ surveyId: sv.surveyId });
    await refused(sv.id, stranger, 'FORBIDDEN');
    await f.as('zunyiCw2').identification.signSurvey({ surveyId: sv.surveyId });
    await cw().completeSurvey(now);
    const after = () => cw().recordChecklist({ surveyId: sv.surveyId, checklist: fourLooksChecklist() });
    await refused(sv.id, after, 'STEP_OUT_OF_ORDER');
  });

  it('needs every consent and both forms, with field errors', async () => {
    const h = await draftHousehold(f);
    const no = { granted: false, version: 'v1', at: '2026-11-28T09:00:00+08:00' };
    const base = submitInput(h.id, h.version);
    const input = submitInput(h.id, h.version, {
      consents: { ...base.consents, publicity: no },
      incomeCheckAuthorised: false,
    });
    const err = await refused(h.id, () => cw().submit(input), 'VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual([
      'consents.publicity',
      'incomeCheckAuthorised',
    ]);
  });

  it('refuses a stale version with VERSION_CONFLICT', async () => {
    const h = await draftHousehold(f);
    await refused(h.id, () => cw().submit(submitInput(h.id, h.version + 1)), 'VERSION_CONFLICT');
    const s = await cw().submit(submitInput(h.id, h.version));
    const ret = { householdId: h.id, decision: 'RETURN' as const, reason: '缺收入证明' };
    await refused(
      h.id,
      () => cw().preliminaryReview({ ...ret, expectedVersion: h.version }),
      'VERSION_CONFLICT',
    );
    const r = await cw().preliminaryReview({ ...ret, expectedVersion: s.version });
    expect(r.status).toBe('RETURNED');
    expect((await cw().submit(submitInput(h.id, r.version))).status).toBe('SUBMITTED');
  });

  it('needs two eligible, distinct surveyors', async () => {
    const h = await draftHousehold(f);
    const s = await cw().submit(submitInput(h.id, h.version));
    const pass = { householdId: h.id, expectedVersion: s.version, decision: 'PASS' as const };
    const one = await refused(
      h.id,
      () => cw().preliminaryReview({ ...pass, surveyorIds: [pair()[0]!] }),
      'VALIDATION',
    );
    expect(one.details).toMatchObject({ minSurveyors: 2 });
    expect(Object.keys(one.fieldErrors ?? {})).toEqual(['surveyorIds']);
    const twice = [pair()[0]!, pair()[0]!];
    await refused(h.id, () => cw().preliminaryReview({ ...pass, surveyorIds: twice }), 'VALIDATION');
    for (const other of ['bijieCw', 'hhgReviewer', 'volunteer'] as const) {
      const ids = [pair()[0]!, f.actor(other).userId];
      const err = await refused(
        h.id,
        () => cw().preliminaryReview({ ...pass, surveyorIds: ids }),
        'VALIDATION',
      );
      expect(err.details).toMatchObject({ ineligible: [f.actor(other).userId] });
    }
  });

  it('reads another county’s file as NOT_FOUND', async () => {
    const sv = await surveying();
    const bijie = f.as('bijieCw').identification;
    await refused(sv.id, () => bijie.submit(submitInput(sv.id, 1)), 'NOT_FOUND');
    await refused(sv.id, () => bijie.signSurvey({ surveyId: sv.surveyId }), 'NOT_FOUND');
    expect((await failure(bijie.caseDetail({ householdId: sv.id }))).domainCode).toBe('NOT_FOUND');
    expect((await failure(bijie.timeline({ householdId: sv.id }))).domainCode).toBe('NOT_FOUND');
    expect((await failure(bijie.listAttachments({ householdId: sv.id }))).domainCode).toBe('NOT_FOUND');
  });

  it('fills each inbox', async () => {
    const draft = await draftHousehold(f, '520302-G01', 'zunyiCw2');
    const sv = await surveying();
    const mine = await f.as('zunyiCw2').identification.inbox();
    expect(mine.myDrafts.items.map((i) => i.householdId)).toContain(draft.id);
    expect(mine.mySurveys.items.map((i) => i.householdId)).toContain(sv.id);
    expect(mine.mySurveys.count).toBe(mine.mySurveys.items.length);
    const other = await f.as('grassrootsCw').identification.inbox();
    expect(other.mySurveys.items.map((i) => i.householdId)).not.toContain(sv.id);
    expect(other.myDrafts.count).toBe(0);
    const bijie = await f.as('bijieCw').identification.inbox();
    expect(bijie.awaitingDecision.count + bijie.awaitingPreliminaryReview.count).toBe(0);
    const zunyi = await f.as('zunyiCw').identification.inbox();
    expect(zunyi.awaitingDecision.items.length).toBeGreaterThan(0);
  });
});
