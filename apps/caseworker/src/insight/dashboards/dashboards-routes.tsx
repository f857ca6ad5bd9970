import type { RouteObject } from 'react-router';
import { DashboardsPage } from './dashboards-page';

/** 统计分析 (issue 7): the dashboards; the drill state is in the query string. */
export const dashboardsRoutes: RouteObject[] = [{ path: 'insight/dashboards', element: <DashboardsPage /> }];
/** No print pages: the printable document is the report (insight/report/print). */
export const dashboardsPrintRoutes: RouteObject[] = [];
