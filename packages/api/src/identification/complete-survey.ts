import { newId, withTransaction } from '@bangfu/db';
import {
  type ClassificationInput,
  ClassificationInputSchema,
  type CompleteSurveySchema,
  classifyHousehold,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { lockHouseholdForStep } from './case-household';
import { fieldError, type StaffContext, surveyStepOutOfOrder } from './identification-errors';
import { loadIdentificationPolicy } from './identification-policy';
import type { StepResult } from './step-result';
import {
  countSignatures,
  getOpenSurveyId,
  getSurveyInScope,
  missingRecord,
  type SurveyRow,
} from './survey-rows';
import { transitionHousehold } from './transition';

type CompleteSurvey = z.output<typeof CompleteSurveySchema>;

/** The figures the calculator runs on: sent with a four-looks survey, the 三算 step of a six-step one. */
async function figuresOf(
  trx: Parameters<typeof missingRecord>[0],
  survey: SurveyRow,
  sent: ClassificationInput | undefined,
): Promise<ClassificationInput> {
  if (survey.method === 'FOUR_LOOKS') {
    if (!sent) throw fieldError('classificationInput', '请填写测算数据', 'The figures are required');
    return sent;
  }
  const step = await trx
    .selectFrom('ident_survey_step')
    .select('data')
    .where('survey_id', '=', survey.id)
    .where('code', '=', 'CALCULATE')
    .executeTakeFirstOrThrow();
  const recorded = ClassificationInputSchema.parse((step.data as { input: unknown }).input);
  if (sent && JSON.stringify(sent) !== JSON.stringify(recorded)) {
    throw fieldError(
      'classificationInput',
      '六步法以"三算"记录的数据为准',
      'A six-step survey uses the figures recorded at its Calculate step',
    );
  }
  return recorded;
}

/**
 * 调查完成: with the record complete and signed by enough surveyors, runs the calculator under the
 * current policy and proposes a category (SURVEYING → ASSESSED). A person decides next.
 */
export async function completeSurvey({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompleteSurvey;
}): Promise<StepResult & { assessmentId: string }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const h = await lockHouseholdForStep(trx, ctx.actor, { ...input, event: 'COMPLETE_SURVEY' });
    const openId = await getOpenSurveyId(trx, h.id);
    if (!openId) {
      throw surveyStepOutOfOrder('尚未指派入户调查', 'No survey has been assigned', { missing: 'SURVEY' });
    }
    const survey = await getSurveyInScope(trx, ctx.actor, { surveyId: openId, forUpdate: true });
    const missing = await missingRecord(trx, survey);
    if (missing) {
      throw surveyStepOutOfOrder('调查记录尚未完成', 'The survey record is not complete', { missing });
    }
    const policy = await loadIdentificationPolicy(trx);
    const signed = await countSignatures(trx, survey);
    if (signed < policy.body.minSurveyors) {
      throw surveyStepOutOfOrder(
        `须至少${policy.body.minSurveyors}名调查人员签字`,
        `At least ${policy.body.minSurveyors} surveyors must sign`,
        { missing: 'SIGNATURES', signed, required: policy.body.minSurveyors },
      );
    }
    const figures = await figuresOf(trx, survey, input.classificationInput);
    const classification = classifyHousehold(figures, policy.body);
    const assessmentId = newId(now.getTime());
    await trx
      .insertInto('ident_assessment')
      .values({
        id: assessmentId,
        household_id: h.id,
        survey_id: survey.id,
        classification_input: JSON.stringify(figures),
        classification: JSON.stringify(classification),
        policy_version: policy.version,
        proposed_category: classification.category,
        created_at: now,
      })
      .execute();
    await trx
      .updateTable('ident_survey')
      .set((eb) => ({ status: 'SIGNED', completed_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', survey.id)
      .execute();
    await appendAudit(trx, ctx, {
      action: 'identification.assessment.propose',
      entityType: 'ident_assessment',
      entityId: assessmentId,
      after: {
        surveyId: survey.id,
        eligible: classification.eligible,
        category: classification.category,
        policyVersion: policy.version,
      },
    });
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event: 'COMPLETE_SURVEY',
      expectedVersion: input.expectedVersion,
      // Contract with the review area.
      payload: { surveyId: survey.id, classification, policyVersion: policy.version },
    });
    return { householdId: h.id, status: step.to, version: step.version, assessmentId };
  });
}
