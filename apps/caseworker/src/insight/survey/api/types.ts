import type { RouterInputs, RouterOutputs } from '@bangfu/client';

type Sv = RouterOutputs['surveyCampaigns'];
export type CampaignListItem = Sv['list'][number];
export type Campaign = Sv['get'];
export type CampaignTeam = Campaign['teams'][number];
export type Progress = Sv['progress'];
export type Summary = Sv['summary'];
export type SurveyResponse = Sv['responses']['items'][number];
export type CampaignInput = RouterInputs['surveyCampaigns']['create'];
export type CaptureInput = RouterInputs['surveyCampaigns']['capture'];
