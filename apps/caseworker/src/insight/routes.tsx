import type { RouteObject } from 'react-router';
import { dashboardsPrintRoutes, dashboardsRoutes } from './dashboards/dashboards-routes';
import { reportPrintRoutes, reportRoutes } from './report/report-routes';

export const insightRoutes: RouteObject[] = [
  ...dashboardsRoutes,
  ...reportRoutes,
];

export const insightPrintRoutes: RouteObject[] = [
  ...dashboardsPrintRoutes,
  ...reportPrintRoutes,
];
