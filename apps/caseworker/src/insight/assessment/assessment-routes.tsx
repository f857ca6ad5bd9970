import type { RouteObject } from 'react-router';
import { AssessmentPage } from './assessment-page';

/** 目标考核, under the signed-in layout. */
export const assessmentRoutes: RouteObject[] = [{ path: 'insight/assessment', element: <AssessmentPage /> }];
/** Print pages (outside the app layout): none; the 考核表 is an Excel export. */
export const assessmentPrintRoutes: RouteObject[] = [];
