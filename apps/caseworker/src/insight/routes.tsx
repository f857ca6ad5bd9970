import type { RouteObject } from 'react-router';
import { assessmentPrintRoutes, assessmentRoutes } from './assessment/assessment-routes';
import { dashboardsPrintRoutes, dashboardsRoutes } from './dashboards/dashboards-routes';
import { reportPrintRoutes, reportRoutes } from './report/report-routes';
import { surveyPrintRoutes, surveyRoutes } from './survey/survey-routes';

/** 精准调研与考核: survey campaigns, dashboards, the province report, targets and assessment. */
export const insightRoutes: RouteObject[] = [
  ...dashboardsRoutes,
  ...reportRoutes,
  ...surveyRoutes,
  ...assessmentRoutes,
];

export const insightPrintRoutes: RouteObject[] = [
  ...dashboardsPrintRoutes,
  ...reportPrintRoutes,
  ...surveyPrintRoutes,
  ...assessmentPrintRoutes,
];
