import { withTransaction } from '@bangfu/db';
import type { PreliminaryReviewSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { lockHouseholdForStep } from './case-household';
import type { StaffContext } from './identification-errors';
import { openSurvey } from './open-survey';
import type { StepResult } from './step-result';
import { transitionHousehold } from './transition';

type PreliminaryReview = z.output<typeof PreliminaryReviewSchema>;

/**
 * 初审 (brief §3.1 step 2). RETURN sends the file back for its materials; PASS assigns the
 * surveyors, opens the home survey and moves the file to SURVEYING.
 */
export async function preliminaryReview({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PreliminaryReview;
}): Promise<StepResult & { surveyId: string | null }> {
  return withTransaction(ctx.db, async (trx) => {
    const event = input.decision === 'PASS' ? 'START_SURVEY' : 'RETURN';
    const h = await lockHouseholdForStep(trx, ctx.actor, { ...input, event });
    if (input.decision === 'RETURN') {
      const step = await transitionHousehold(trx, ctx, {
        householdId: h.id,
        event,
        expectedVersion: input.expectedVersion,
        note: input.reason,
        payload: { decision: 'RETURN', reason: input.reason },
      });
      return { householdId: h.id, status: step.to, version: step.version, surveyId: null };
    }
    const { surveyId, surveyorIds, method } = await openSurvey(trx, ctx, {
      household: h,
      surveyorIds: input.surveyorIds,
    });
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event,
      expectedVersion: input.expectedVersion,
      note: input.reason,
      // Contract with the review area: who surveys, which survey, by which method.
      payload: { surveyorIds, surveyId, method },
    });
    return { householdId: h.id, status: step.to, version: step.version, surveyId };
  });
}
