import type { RouteObject } from 'react-router';
import { EmployerListPage } from './employers/employer-list-page';
import { FairDetailPage } from './fairs/fair-detail-page';
import { FairListPage } from './fairs/fair-list-page';
import { PositionDetailPage } from './positions/position-detail-page';
import { PositionEditPage } from './positions/position-edit-page';
import { PositionListPage } from './positions/position-list-page';
import { PositionNewPage } from './positions/position-new-page';
import { CourseListPage } from './support/course-list-page';
import { EnterpriseListPage } from './support/enterprise-list-page';
import { StartupDetailPage } from './support/startup-detail-page';
import { StartupListPage } from './support/startup-list-page';

/** 精准对接 pages, under the signed-in layout. */
export const employmentRoutes: RouteObject[] = [
  { path: 'employment/employers', element: <EmployerListPage /> },
  { path: 'employment/positions', element: <PositionListPage /> },
  { path: 'employment/positions/new', element: <PositionNewPage /> },
  { path: 'employment/positions/:id', element: <PositionDetailPage /> },
  { path: 'employment/positions/:id/edit', element: <PositionEditPage /> },
  { path: 'employment/fairs', element: <FairListPage /> },
  { path: 'employment/fairs/:id', element: <FairDetailPage /> },
  { path: 'employment/courses', element: <CourseListPage /> },
  { path: 'employment/startups', element: <StartupListPage /> },
  { path: 'employment/startups/:id', element: <StartupDetailPage /> },
  { path: 'employment/enterprises', element: <EnterpriseListPage /> },
];
