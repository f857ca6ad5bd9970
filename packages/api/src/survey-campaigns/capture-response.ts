import { newId, withTransaction } from '@bangfu/db';
import { DomainError, type SurveyResponseCapture } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { campaignQuestions, getVisibleCampaign } from './campaign-rows';
import { authorTeam, captureTarget } from './capture-target';
import { checkAnswers } from './check-answers';
import { requireOpen } from './require-open';
import type { SavedRecord, StaffContext } from './survey-errors';

/**
 * 录入答卷: a team member records one household's answers while the campaign is OPEN. A filed
 * household answers once per campaign; later visits correct that response.
 */
export async function captureResponse({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyResponseCapture;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    // A share lock: closing the campaign waits for captures already under way.
    const campaign = await getVisibleCampaign(trx, ctx.actor, input.campaignId, 'share');
    requireOpen(campaign);
    const target = await captureTarget(trx, ctx.actor, input);
    const teamId = await authorTeam(trx, {
      campaignId: campaign.id,
      userId: ctx.actor.userId,
      orgPath: target.orgPath,
      teamId: input.teamId,
    });
    const answers = checkAnswers(campaignQuestions(campaign), input.answers);
    if (target.householdId) {
      const existing = await trx
        .selectFrom('survey_response')
        .select('id')
        .where('campaign_id', '=', campaign.id)
        .where('household_id', '=', target.householdId)
        .executeTakeFirst();
      if (existing) {
        throw new DomainError(
          'CONFLICT',
          {
            zh: '该家庭在本次调研中已有答卷,请更正原答卷',
            en: 'This household already has a response; correct it instead',
          },
          { responseId: existing.id },
        );
      }
    }
    const id = newId(now.getTime());
    const inserted = await trx
      .insertInto('survey_response')
      .values({
        id,
        campaign_id: campaign.id,
        team_id: teamId,
        org_id: target.orgId,
        org_path: target.orgPath,
        division_code: target.divisionCode,
        household_id: target.householdId,
        respondent_masked: target.respondentMasked,
        answers: JSON.stringify(answers),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      // Two surveyors capturing the same household at once: the unique key decides, and the
      // loser gets the same clear refusal as the check above, not a database error.
      .onConflict((oc) => oc.columns(['campaign_id', 'household_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      throw new DomainError('CONFLICT', {
        zh: '该家庭在本次调研中已有答卷,请更正原答卷',
        en: 'This household already has a response; correct it instead',
      });
    }
    await appendAudit(trx, ctx, {
      action: 'survey.response.capture',
      entityType: 'survey_response',
      entityId: id,
      after: {
        campaignId: campaign.id,
        teamId,
        orgId: target.orgId,
        householdId: target.householdId,
        answers,
      },
    });
    return { id, version: 1 };
  });
}
