import type { RouteObject } from 'react-router';
import { ReportPage } from './report-page';
import { ReportPrintPage } from './report-print-page';

/** 调研报告 (issue 7); the options are in the query string, shared with the print view. */
export const reportRoutes: RouteObject[] = [{ path: 'insight/report', element: <ReportPage /> }];
/** The printable report: outside the app layout so only the document is printed. */
export const reportPrintRoutes: RouteObject[] = [
  { path: 'insight/report/print', element: <ReportPrintPage /> },
];
