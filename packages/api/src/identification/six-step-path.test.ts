import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../root';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  caseSnapshot,
  deepHardshipFigures,
  draftHousehold,
  fourLooksChecklist,
  sixStepData,
  submitInput,
  useSixStepInBijie,
} from '../testing/identification-fixture';

const ORDER = ['ENTER', 'LOOK', 'CALCULATE', 'COMPARE', 'VERIFY', 'DELIBERATE'] as const;

// A published policy makes 七星关区 survey with the six steps; bijieCw and the provincial admin visit.
describe.each(driverTestTargets())('identification with the six steps on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
    await useSixStepInBijie(f);
  });
  afterAll(() => f?.close());
  const surveyors = () => [f.actor('bijieCw').userId, f.actor('admin').userId];

  async function surveying() {
    const cw = f.as('bijieCw').identification;
    const h = await draftHousehold(f, '520502-G01', 'bijieCw');
    const s = await cw.submit(submitInput(h.id, h.version));
    const p = await cw.preliminaryReview({
      householdId: h.id,
      expectedVersion: s.version,
      decision: 'PASS',
      surveyorIds: surveyors(),
    });
    return { id: h.id, version: p.version, surveyId: p.surveyId! };
  }
  const record = (surveyId: string, code: (typeof ORDER)[number], user: 'bijieCw' | 'admin' = 'bijieCw') =>
    f
      .as(user)
      .identification.recordSurveyStep({ surveyId, stepCode: code, data: sixStepData(surveyors())[code] });

  async function refused(householdId: string, call: () => Promise<unknown>, code: string) {
    const before = await caseSnapshot(f, householdId);
    const err = await failure(call());
    expect(err.domainCode).toBe(code);
    expect(await caseSnapshot(f, householdId)).toEqual(before);
    return err;
  }

  it('walks the six steps in order to DEMOCRATIC_REVIEW under the published policy', async () => {
    const sv = await surveying();
    const steps = [];
    for (const [i, code] of ORDER.entries())
      steps.push(await record(sv.surveyId, code, i % 2 ? 'admin' : 'bijieCw'));
    expect(steps.map((s) => s.stepNo)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps.at(-1)!.nextStep).toBeNull();
    await f.as('bijieCw').identification.signSurvey({ surveyId: sv.surveyId });
    await f.as('admin').identification.signSurvey({ surveyId: sv.surveyId });
    // A six-step survey takes its figures from the 三算 step; different ones are refused.
    const other = deepHardshipFigures({ householdSize: 5 });
    const args = { householdId: sv.id, expectedVersion: sv.version };
    const mismatch = await refused(
      sv.id,
      () => f.as('bijieCw').identification.completeSurvey({ ...args, classificationInput: other }),
      'VALIDATION',
    );
    expect(Object.keys(mismatch.fieldErrors ?? {})).toEqual(['classificationInput']);
    const a = await f.as('bijieCw').identification.completeSurvey(args);
    const d = await f.as('bijieCw').identification.decideAssessment({
      householdId: sv.id,
      expectedVersion: a.version,
      decision: 'PROCEED',
      decidedCategory: 'RELATIVE',
      reason: '评议认为相对困难更符合实际',
    });
    expect(d).toMatchObject({ status: 'DEMOCRATIC_REVIEW', decidedCategory: 'RELATIVE' });
    const start = await f.handle.db
      .selectFrom('ident_step')
      .select(['payload'])
      .where('household_id', '=', sv.id)
      .where('event', 'in', ['START_SURVEY', 'COMPLETE_SURVEY'])
      .orderBy('seq')
      .execute();
    expect(start[0]!.payload).toEqual({
      surveyorIds: surveyors(),
      surveyId: sv.surveyId,
      method: 'SIX_STEP',
    });
    expect(start[1]!.payload).toMatchObject({ policyVersion: 1, classification: { category: 'DEEP' } });
    const detail = await f.as('auditor').identification.caseDetail({ householdId: sv.id });
    expect(detail.survey!.steps.map((s) => [s.code, s.recordedBy?.name])).toEqual(
      ORDER.map((c, i) => [c, i % 2 ? '测试admin' : '测试bijieCw']),
    );
    expect(detail.assessment).toMatchObject({
      proposedCategory: 'DEEP',
      decidedCategory: 'RELATIVE',
      policyVersion: 1,
    });
  });

  it('refuses skipping, re-recording, a non-surveyor, the wrong method and bad data, changing nothing', async () => {
    const sv = await surveying();
    const skip = await refused(sv.id, () => record(sv.surveyId, 'LOOK'), 'STEP_OUT_OF_ORDER');
    expect(skip.details).toEqual({ expected: 'ENTER', got: 'LOOK', recorded: [] });
    await record(sv.surveyId, 'ENTER');
    const again = await refused(sv.id, () => record(sv.surveyId, 'ENTER'), 'STEP_OUT_OF_ORDER');
    expect(again.details).toMatchObject({ expected: 'LOOK', got: 'ENTER', recorded: ['ENTER'] });
    await refused(sv.id, () => record(sv.surveyId, 'CALCULATE'), 'STEP_OUT_OF_ORDER');
    // Another county's caseworker cannot even see the survey; an in-scope non-surveyor is refused.
    await refused(
      sv.id,
      () =>
        f.as('zunyiCw').identification.recordSurveyStep({
          surveyId: sv.surveyId,
          stepCode: 'LOOK',
          data: sixStepData([]).LOOK,
        }),
      'NOT_FOUND',
    );
    // An admin of the province who is not one of the two surveyors.
    const stranger = { ...f.actor('admin'), userId: f.actor('zunyiCw2').userId };
    const caller = createCaller({ ...f.context(null), actor: stranger });
    await refused(
      sv.id,
      () =>
        caller.identification.recordSurveyStep({
          surveyId: sv.surveyId,
          stepCode: 'LOOK',
          data: sixStepData([]).LOOK,
        }),
      'FORBIDDEN',
    );
    const checklist = () =>
      f
        .as('bijieCw')
        .identification.recordChecklist({ surveyId: sv.surveyId, checklist: fourLooksChecklist() });
    await refused(sv.id, checklist, 'RULE_VIOLATION');
    // A step's data must be that step's record: the LOOK step given the CALCULATE figures.
    const merged = () =>
      f.as('bijieCw').identification.recordSurveyStep({
        surveyId: sv.surveyId,
        stepCode: 'LOOK',
        data: sixStepData([]).CALCULATE,
      });
    expect((await refused(sv.id, merged, 'VALIDATION')).fieldErrors).toHaveProperty(['data.checklist']);
  });

  it('needs two assigned surveyors at the visit', async () => {
    const sv = await surveying();
    const alone = () =>
      f.as('bijieCw').identification.recordSurveyStep({
        surveyId: sv.surveyId,
        stepCode: 'ENTER',
        data: { ...(sixStepData([]).ENTER as object), surveyorIds: [f.actor('bijieCw').userId] },
      });
    const err = await refused(sv.id, alone, 'VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['data.surveyorIds']);
  });
});
