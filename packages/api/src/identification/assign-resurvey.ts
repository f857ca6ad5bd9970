import { withTransaction } from '@bangfu/db';
import { type AssignResurveySchema, DomainError } from '@bangfu/domain';
import type { z } from 'zod';
import { getCaseHousehold } from './case-household';
import { householdVersionConflict, type StaffContext, surveyStepOutOfOrder } from './identification-errors';
import { openSurvey } from './open-survey';
import { getOpenSurveyId } from './survey-rows';

/**
 * 重新调查: a file the income check or an upheld objection sent back to SURVEYING gets a new
 * survey (the status is already SURVEYING, so no step is taken; the old survey is superseded).
 */
export async function assignResurvey({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof AssignResurveySchema>;
}): Promise<{ householdId: string; surveyId: string }> {
  return withTransaction(ctx.db, async (trx) => {
    const h = await getCaseHousehold(trx, ctx.actor, { householdId: input.householdId, forUpdate: true });
    if (h.version !== input.expectedVersion) throw householdVersionConflict();
    if (h.status !== 'SURVEYING') {
      throw surveyStepOutOfOrder(
        '仅在重新调查环节可重新指派',
        'Only a file being re-surveyed takes a new survey',
        {
          status: h.status,
        },
      );
    }
    if (await getOpenSurveyId(trx, h.id)) {
      throw new DomainError('CONFLICT', {
        zh: '已有进行中的入户调查',
        en: 'A survey is already in progress',
      });
    }
    const { surveyId } = await openSurvey(trx, ctx, { household: h, surveyorIds: input.surveyorIds });
    return { householdId: h.id, surveyId };
  });
}
