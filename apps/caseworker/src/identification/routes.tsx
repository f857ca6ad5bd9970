import type { RouteObject } from 'react-router';
import { CasePage } from './case/case-page';
import { DeclarationsPage } from './declarations/declarations-page';
import { InboxPage } from './inbox/inbox-page';
import { NoticePrintPage } from './notices/notice-print-page';
import { NoticesPage } from './notices/notices-page';
import { ConvertReferralPage } from './referrals/convert-referral-page';
import { ReferralsPage } from './referrals/referrals-page';
import { SpotChecksPage } from './spot-checks/spot-checks-page';
import { VisitsPage } from './visits/visits-page';

/** 精准识别 pages, under the signed-in layout. */
export const identificationRoutes: RouteObject[] = [
  { path: 'identification', element: <InboxPage /> },
  { path: 'identification/cases/:householdId', element: <CasePage /> },
  { path: 'identification/notices', element: <NoticesPage /> },
  { path: 'identification/declarations', element: <DeclarationsPage /> },
  { path: 'identification/visits', element: <VisitsPage /> },
  { path: 'identification/spot-checks', element: <SpotChecksPage /> },
  { path: 'identification/referrals', element: <ReferralsPage /> },
  { path: 'identification/referrals/:referralId/convert', element: <ConvertReferralPage /> },
];

/** The printable 公示单: outside the app layout so only the sheet is printed. */
export const identificationPrintRoutes: RouteObject[] = [
  { path: 'identification/notices/print', element: <NoticePrintPage /> },
];
