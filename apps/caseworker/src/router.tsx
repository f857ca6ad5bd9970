import { createBrowserRouter } from 'react-router';
import { aidPrintRoutes, aidRoutes } from './aid/routes';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { NotFoundPage } from './components/not-found-page';
import { HomeRedirect } from './employment/home-redirect';
import { employmentRoutes } from './employment/routes';
import { HouseholdDetailPage } from './households/detail/household-detail-page';
import { HouseholdEditPage } from './households/form/household-edit-page';
import { HouseholdNewPage } from './households/form/household-new-page';
import { HouseholdImportPage } from './households/import/household-import-page';
import { HouseholdListPage } from './households/list/household-list-page';
import { identificationPrintRoutes, identificationRoutes } from './identification/routes';
import { insightPrintRoutes, insightRoutes } from './insight/routes';
import { AppLayout } from './layout/app-layout';
import { mutualAidRoutes } from './mutual-aid/routes';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      ...identificationPrintRoutes,
      ...aidPrintRoutes,
      ...insightPrintRoutes,
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'households', element: <HouseholdListPage /> },
          { path: 'households/new', element: <HouseholdNewPage /> },
          { path: 'households/import', element: <HouseholdImportPage /> },
          { path: 'households/:id', element: <HouseholdDetailPage /> },
          { path: 'households/:id/edit', element: <HouseholdEditPage /> },
          ...employmentRoutes,
          ...identificationRoutes,
          ...aidRoutes,
          ...mutualAidRoutes,
          ...insightRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
