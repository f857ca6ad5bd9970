import { withTransaction } from '@bangfu/db';
import {
  CATEGORIES_BY_STANDARD,
  type Classification,
  type ClassificationInput,
  type DecideAssessmentSchema,
  type HardshipCategory,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { lockHouseholdForStep } from './case-household';
import { fieldError, type StaffContext, surveyStepOutOfOrder } from './identification-errors';
import type { StepResult } from './step-result';
import { transitionHousehold } from './transition';

type DecideAssessment = z.output<typeof DecideAssessmentSchema>;

/** The category a PROCEED stands on: the person's choice, else the proposal; of the right standard. */
function categoryToProceed(
  input: DecideAssessment,
  proposed: HardshipCategory | null,
  figures: ClassificationInput,
): HardshipCategory {
  const category = input.decidedCategory ?? proposed;
  if (!category) {
    throw fieldError(
      'decidedCategory',
      '测算未提出类别,请选择认定类别',
      'No category was proposed: choose one',
    );
  }
  if (!CATEGORIES_BY_STANDARD[figures.standardVersion].includes(category)) {
    throw fieldError(
      'decidedCategory',
      '认定类别与所用认定标准不符',
      'The category does not belong to the standard assessed under',
      { standardVersion: figures.standardVersion },
    );
  }
  return category;
}

/**
 * 评估决定 (PIPL art. 24: the calculator only proposes). A person proceeds to democratic review
 * with a category, or rejects; the explanation they saw is stored with their decision.
 */
export async function decideAssessment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: DecideAssessment;
}): Promise<StepResult & { decidedCategory: HardshipCategory | null }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const event = input.decision === 'PROCEED' ? 'SEND_TO_REVIEW' : 'REJECT';
    const h = await lockHouseholdForStep(trx, ctx.actor, { ...input, event });
    const a = await trx
      .selectFrom('ident_assessment')
      .select(['id', 'classification', 'classification_input', 'policy_version', 'proposed_category'])
      .where('household_id', '=', h.id)
      .where('decision', 'is', null)
      .orderBy('created_at', 'desc')
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw surveyStepOutOfOrder('没有待决定的评估', 'No assessment awaits a decision', {});
    const classification = a.classification as Classification;
    const decidedCategory =
      input.decision === 'PROCEED'
        ? categoryToProceed(
            input,
            a.proposed_category as HardshipCategory | null,
            a.classification_input as ClassificationInput,
          )
        : null;
    await trx
      .updateTable('ident_assessment')
      .set((eb) => ({
        decision: input.decision,
        decided_category: decidedCategory,
        reason: input.reason,
        decided_by: ctx.actor.userId,
        decided_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', a.id)
      .execute();
    if (decidedCategory) {
      const standard = (a.classification_input as ClassificationInput).standardVersion;
      // The version moves once, with the step below.
      await trx
        .updateTable('household')
        .set({
          category: decidedCategory,
          standard_version: standard,
          updated_at: now,
          updated_by: ctx.actor.userId,
        })
        .where('id', '=', h.id)
        .execute();
    }
    await appendAudit(trx, ctx, {
      action: 'identification.assessment.decide',
      entityType: 'ident_assessment',
      entityId: a.id,
      before: { category: h.category, proposed: a.proposed_category },
      after: { decision: input.decision, decidedCategory, reason: input.reason },
    });
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      // Contract with the review area.
      payload: {
        decidedCategory,
        reason: input.reason,
        explanationSeen: classification,
        policyVersion: a.policy_version,
      },
    });
    return { householdId: h.id, status: step.to, version: step.version, decidedCategory };
  });
}
