import { withTransaction } from '@bangfu/db';
import { DomainError, SURVEY_COMMITMENT, surveyCommitmentSnapshot } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { notASurveyor, type StaffContext, surveyStepOutOfOrder } from './identification-errors';
import { assertSurveyOpen, countSignatures, getSurveyInScope, missingRecord } from './survey-rows';

/**
 * 调查签字: each assigned surveyor signs the commitment for themselves, once, after the record is
 * complete; the text signed is kept with the signature.
 */
export async function signSurvey({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { surveyId: string };
}): Promise<{ surveyId: string; signatures: number }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const survey = await getSurveyInScope(trx, ctx.actor, { surveyId: input.surveyId, forUpdate: true });
    if (!survey.surveyorIds.includes(ctx.actor.userId)) throw notASurveyor();
    assertSurveyOpen(survey);
    const missing = await missingRecord(trx, survey);
    if (missing) {
      throw surveyStepOutOfOrder(
        '调查记录尚未完成,不能签字',
        'The survey record is not complete yet; it cannot be signed',
        { missing },
      );
    }
    const already = await trx
      .selectFrom('ident_survey_signature')
      .select('signed_at')
      .where('survey_id', '=', survey.id)
      .where('surveyor_id', '=', ctx.actor.userId)
      .executeTakeFirst();
    if (already) {
      throw new DomainError(
        'CONFLICT',
        { zh: '您已签字', en: 'You have already signed' },
        { signedAt: already.signed_at },
      );
    }
    await trx
      .insertInto('ident_survey_signature')
      .values({
        survey_id: survey.id,
        surveyor_id: ctx.actor.userId,
        commitment: surveyCommitmentSnapshot(),
        signed_at: now,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'identification.survey.sign',
      entityType: 'ident_survey',
      entityId: survey.id,
      after: { surveyorId: ctx.actor.userId, commitmentVersion: SURVEY_COMMITMENT.version },
    });
    return { surveyId: survey.id, signatures: await countSignatures(trx, survey) };
  });
}
