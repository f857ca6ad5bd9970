import type { RouteObject } from 'react-router';
import { ClaimPage } from './claims/claim-page';
import { ClaimsPage } from './claims/claims-page';
import { EnrolmentPage } from './enrolment/enrolment-page';
import { AccountsPage } from './fund/accounts-page';
import { StatisticsPage } from './fund/statistics-page';
import { PharmacyPage } from './pharmacy/pharmacy-page';
import { SchemesPage } from './schemes/schemes-page';
import { UnitsPage } from './units/units-page';

/** 医疗互助 pages, under the signed-in layout. */
export const mutualAidRoutes: RouteObject[] = [
  { path: 'mutual-aid/schemes', element: <SchemesPage /> },
  { path: 'mutual-aid/units', element: <UnitsPage /> },
  { path: 'mutual-aid/enrol', element: <EnrolmentPage /> },
  { path: 'mutual-aid/accounts', element: <AccountsPage /> },
  { path: 'mutual-aid/claims', element: <ClaimsPage /> },
  { path: 'mutual-aid/claims/:id', element: <ClaimPage /> },
  { path: 'mutual-aid/statistics', element: <StatisticsPage /> },
  { path: 'mutual-aid/pharmacy', element: <PharmacyPage /> },
];
