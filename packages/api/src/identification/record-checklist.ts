import { withTransaction } from '@bangfu/db';
import { DomainError, type RecordChecklistSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { notASurveyor, type StaffContext } from './identification-errors';
import { wrongMethod } from './record-survey-step';
import { assertSurveyOpen, countSignatures, getSurveyInScope } from './survey-rows';

type RecordChecklist = z.output<typeof RecordChecklistSchema>;

/**
 * 四看法: an assigned surveyor records (or corrects) the checklist. Once anyone has signed, the
 * record is what they signed and stays as it is.
 */
export async function recordChecklist({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordChecklist;
}): Promise<{ surveyId: string; version: number }> {
  return withTransaction(ctx.db, async (trx) => {
    const survey = await getSurveyInScope(trx, ctx.actor, { surveyId: input.surveyId, forUpdate: true });
    if (!survey.surveyorIds.includes(ctx.actor.userId)) throw notASurveyor();
    if (survey.method !== 'FOUR_LOOKS') throw wrongMethod(survey.method);
    assertSurveyOpen(survey);
    if ((await countSignatures(trx, survey)) > 0) {
      throw new DomainError('CONFLICT', {
        zh: '调查表已有人签字,不能再修改',
        en: 'The survey has been signed and can no longer change',
      });
    }
    const updated = await trx
      .updateTable('ident_survey')
      .set((eb) => ({ checklist: JSON.stringify(input.checklist), version: eb('version', '+', 1) }))
      .where('id', '=', survey.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'identification.survey.checklist',
      entityType: 'ident_survey',
      entityId: survey.id,
      before: { recorded: survey.checklist != null, version: survey.version },
      after: { recorded: true, version: updated.version, householdId: survey.householdId },
    });
    return { surveyId: survey.id, version: updated.version };
  });
}
