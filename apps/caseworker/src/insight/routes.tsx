import type { RouteObject } from 'react-router';
import { dashboardsPrintRoutes, dashboardsRoutes } from './dashboards/dashboards-routes';
import { reportPrintRoutes, reportRoutes } from './report/report-routes';
import { surveyPrintRoutes, surveyRoutes } from './survey/survey-routes';

export const insightRoutes: RouteObject[] = [
  ...dashboardsRoutes,
  ...reportRoutes,
  ...surveyRoutes,
];

export const insightPrintRoutes: RouteObject[] = [
  ...dashboardsPrintRoutes,
  ...reportPrintRoutes,
  ...surveyPrintRoutes,
];
