import type { SurveyCampaignRegionQuery } from '@bangfu/domain';
import {
  type SurveyAnswerSummary,
  type SurveyAnswers,
  type SurveyQuestion,
  summarizeSurveyAnswers,
} from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import { campaignQuestions, getVisibleCampaign } from './campaign-rows';
import { regionPath } from './response-rows';
import type { StaffContext } from './survey-errors';

export interface SurveySummaryDto {
  campaignId: string;
  regionOrgId: string | null;
  questions: SurveyQuestion[];
  summary: SurveyAnswerSummary;
}

/** 答卷汇总 of a campaign in the viewer's scope, or in one region of it. */
export async function answerSummary({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyCampaignRegionQuery;
}): Promise<SurveySummaryDto> {
  const campaign = await getVisibleCampaign(ctx.db, ctx.actor, input.campaignId);
  const path = await regionPath(ctx.db, ctx.actor, input.regionOrgId);
  const rows = await ctx.db
    .selectFrom('survey_response')
    .select('answers')
    .where('campaign_id', '=', campaign.id)
    .where('org_path', 'like', subtreePattern(path))
    .execute();
  const questions = campaignQuestions(campaign);
  return {
    campaignId: campaign.id,
    regionOrgId: input.regionOrgId ?? null,
    questions,
    summary: summarizeSurveyAnswers(
      questions,
      rows.map((r) => r.answers as SurveyAnswers),
    ),
  };
}
