import { withTransaction } from '@bangfu/db';
import type { SurveyResponseUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import { campaignQuestions, getVisibleCampaign } from './campaign-rows';
import { checkAnswers } from './check-answers';
import { requireOpen } from './require-open';
import {
  responseNotFound,
  responseVersionConflict,
  type SavedRecord,
  type StaffContext,
  surveyForbidden,
} from './survey-errors';

/** 更正答卷: only its author, only while the campaign is open, with the version they read. */
export async function updateResponse({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyResponseUpdate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('survey_response')
      .select(['id', 'campaign_id', 'answers', 'created_by', 'version'])
      .where('id', '=', input.id)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw responseNotFound();
    const campaign = await getVisibleCampaign(trx, ctx.actor, row.campaign_id, 'share');
    if (row.created_by !== ctx.actor.userId) {
      throw surveyForbidden({ zh: '只有录入人可以更正答卷', en: 'Only the author may correct a response' });
    }
    requireOpen(campaign);
    if (row.version !== input.version) throw responseVersionConflict();
    const answers = checkAnswers(campaignQuestions(campaign), input.answers);
    await trx
      .updateTable('survey_response')
      .set({ answers: JSON.stringify(answers), updated_at: now, version: input.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, ctx, {
      action: 'survey.response.update',
      entityType: 'survey_response',
      entityId: input.id,
      before: { answers: row.answers },
      after: { answers },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
