import { newId, withTransaction } from '@bangfu/db';
import {
  DomainError,
  hasEnoughSurveyors,
  nextSixStep,
  type RecordSurveyStepSchema,
  SIX_STEPS,
  SixStepRecordSchemas,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { fieldError, notASurveyor, type StaffContext, surveyStepOutOfOrder } from './identification-errors';
import { loadIdentificationPolicy } from './identification-policy';
import { assertSurveyOpen, getSurveyInScope, listSurveyStepCodes } from './survey-rows';

type RecordSurveyStep = z.output<typeof RecordSurveyStepSchema>;

export const wrongMethod = (method: string) =>
  new DomainError(
    'RULE_VIOLATION',
    { zh: '该调查方法没有此步骤', en: "This step is not part of the survey's method" },
    { method },
  );

/**
 * 六步法: an assigned surveyor records the next step, strictly in order 1..6; no skipping and
 * no re-recording (brief §8.3).
 */
export async function recordSurveyStep({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordSurveyStep;
}): Promise<{ surveyId: string; stepNo: number; nextStep: string | null }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const survey = await getSurveyInScope(trx, ctx.actor, { surveyId: input.surveyId, forUpdate: true });
    if (!survey.surveyorIds.includes(ctx.actor.userId)) throw notASurveyor();
    if (survey.method !== 'SIX_STEP') throw wrongMethod(survey.method);
    assertSurveyOpen(survey);
    const recorded = await listSurveyStepCodes(trx, survey.id);
    const expected = nextSixStep(recorded);
    if (expected !== input.stepCode) {
      throw surveyStepOutOfOrder(
        recorded.includes(input.stepCode) ? '该步骤已记录,不能重复记录' : '须按顺序逐步记录,不能跳步',
        recorded.includes(input.stepCode)
          ? 'This step is already recorded'
          : 'Steps are recorded in order, one at a time',
        { expected, got: input.stepCode, recorded },
      );
    }
    const data = SixStepRecordSchemas[input.stepCode].parse(input.data);
    if (input.stepCode === 'ENTER') {
      const visit = data as z.output<typeof SixStepRecordSchemas.ENTER>;
      const policy = await loadIdentificationPolicy(trx);
      const strangers = visit.surveyorIds.filter((id) => !survey.surveyorIds.includes(id));
      if (strangers.length > 0 || !hasEnoughSurveyors(visit.surveyorIds, policy.body.minSurveyors)) {
        throw fieldError(
          'data.surveyorIds',
          `入户须由至少${policy.body.minSurveyors}名被指派的调查人员进行`,
          `The visit needs at least ${policy.body.minSurveyors} assigned surveyors`,
          { strangers, minSurveyors: policy.body.minSurveyors },
        );
      }
    }
    const stepNo = SIX_STEPS.find((s) => s.code === input.stepCode)!.no;
    const id = newId(now.getTime());
    await trx
      .insertInto('ident_survey_step')
      .values({
        id,
        survey_id: survey.id,
        step_no: stepNo,
        code: input.stepCode,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
        data: JSON.stringify(data),
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'identification.survey.step',
      entityType: 'ident_survey',
      entityId: survey.id,
      after: { stepNo, code: input.stepCode, householdId: survey.householdId },
    });
    return { surveyId: survey.id, stepNo, nextStep: nextSixStep([...recorded, input.stepCode]) };
  });
}
