import type { RouteObject } from 'react-router';
import { CampaignPage } from './campaign/campaign-page';
import { CampaignsPage } from './campaign/campaigns-page';
import { CapturePage } from './capture/capture-page';
import { CampaignEditPage } from './edit/campaign-edit-page';

/** 精准调研 pages, under the signed-in layout. */
export const surveyRoutes: RouteObject[] = [
  { path: 'insight/survey', element: <CampaignsPage /> },
  { path: 'insight/survey/new', element: <CampaignEditPage /> },
  { path: 'insight/survey/:id', element: <CampaignPage /> },
  { path: 'insight/survey/:id/edit', element: <CampaignEditPage /> },
  { path: 'insight/survey/:id/capture', element: <CapturePage /> },
  { path: 'insight/survey/:id/responses/:responseId', element: <CapturePage /> },
];
/** Print pages (outside the app layout): none for surveys. */
export const surveyPrintRoutes: RouteObject[] = [];
