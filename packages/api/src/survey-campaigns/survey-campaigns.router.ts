import {
  SURVEY_CAPTURE_ROLES,
  SURVEY_EXPORT_ROLES,
  SURVEY_MANAGE_ROLES,
  SURVEY_READ_ROLES,
  SurveyCampaignIdSchema,
  SurveyCampaignInputSchema,
  SurveyCampaignListSchema,
  SurveyCampaignRegionSchema,
  SurveyCampaignStepSchema,
  SurveyCampaignUpdateSchema,
  SurveyResponseCaptureSchema,
  SurveyResponseIdSchema,
  SurveyResponseListSchema,
  SurveyResponseUpdateSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { answerSummary } from './answer-summary';
import { toCampaignDto } from './campaign-dto';
import { campaignProgress } from './campaign-progress';
import { getVisibleCampaign } from './campaign-rows';
import { captureResponse } from './capture-response';
import { createCampaign } from './create-campaign';
import { exportResponsesXlsx } from './export-responses-xlsx';
import { listCampaigns } from './list-campaigns';
import { getResponse, listResponses } from './response-rows';
import { stepCampaign } from './step-campaign';
import { updateCampaign } from './update-campaign';
import { updateResponse } from './update-response';

/** Reading is open to capturers too: a team member needs the questionnaire to fill it in. */
const READ = [...new Set([...SURVEY_READ_ROLES, ...SURVEY_CAPTURE_ROLES])];

/** 精准调研: campaigns, teams, questionnaires, responses, progress, summary and export. */
export const surveyCampaignsRouter = {
  list: staffProcedure(READ)
    .input(SurveyCampaignListSchema)
    .query(({ ctx, input }) => listCampaigns({ ctx, input })),
  get: staffProcedure(READ)
    .input(SurveyCampaignIdSchema)
    .query(async ({ ctx, input }) =>
      toCampaignDto(ctx.db, ctx.actor, await getVisibleCampaign(ctx.db, ctx.actor, input.id)),
    ),
  create: staffProcedure(SURVEY_MANAGE_ROLES)
    .input(SurveyCampaignInputSchema)
    .mutation(({ ctx, input }) => createCampaign({ ctx, input })),
  update: staffProcedure(SURVEY_MANAGE_ROLES)
    .input(SurveyCampaignUpdateSchema)
    .mutation(({ ctx, input }) => updateCampaign({ ctx, input })),
  open: staffProcedure(SURVEY_MANAGE_ROLES)
    .input(SurveyCampaignStepSchema)
    .mutation(({ ctx, input }) => stepCampaign({ ctx, input, step: 'open' })),
  close: staffProcedure(SURVEY_MANAGE_ROLES)
    .input(SurveyCampaignStepSchema)
    .mutation(({ ctx, input }) => stepCampaign({ ctx, input, step: 'close' })),
  progress: staffProcedure(READ)
    .input(SurveyCampaignIdSchema)
    .query(({ ctx, input }) => campaignProgress({ ctx, id: input.id })),
  summary: staffProcedure(READ)
    .input(SurveyCampaignRegionSchema)
    .query(({ ctx, input }) => answerSummary({ ctx, input })),
  export: staffProcedure(SURVEY_EXPORT_ROLES)
    .input(SurveyCampaignRegionSchema)
    .mutation(({ ctx, input }) => exportResponsesXlsx({ ctx, input })),
  responses: staffProcedure(READ)
    .input(SurveyResponseListSchema)
    .query(({ ctx, input }) => listResponses({ ctx, input })),
  response: staffProcedure(READ)
    .input(SurveyResponseIdSchema)
    .query(({ ctx, input }) => getResponse({ ctx, id: input.id })),
  capture: staffProcedure(SURVEY_CAPTURE_ROLES)
    .input(SurveyResponseCaptureSchema)
    .mutation(({ ctx, input }) => captureResponse({ ctx, input })),
  correct: staffProcedure(SURVEY_CAPTURE_ROLES)
    .input(SurveyResponseUpdateSchema)
    .mutation(({ ctx, input }) => updateResponse({ ctx, input })),
} satisfies TRPCRouterRecord;
