import type { RouteObject } from 'react-router';
import { ApprovalsPage } from './approvals/approvals-page';
import { ContactCardPrintPage } from './card/contact-card-print-page';
import { CampaignDetailPage } from './festival/campaign-detail-page';
import { FestivalListPage } from './festival/festival-list-page';
import { LedgerPage } from './ledger/ledger-page';
import { PaymentsPage } from './payments/payments-page';
import { RecoveriesPage } from './recoveries/recoveries-page';
import { WorkerRequestsPage } from './requests/worker-requests-page';

/** 帮扶 pages, under the signed-in layout. */
export const aidRoutes: RouteObject[] = [
  { path: 'aid/approvals', element: <ApprovalsPage /> },
  { path: 'aid/payments', element: <PaymentsPage /> },
  { path: 'aid/ledger', element: <LedgerPage /> },
  { path: 'aid/recoveries', element: <RecoveriesPage /> },
  { path: 'aid/festival', element: <FestivalListPage /> },
  { path: 'aid/festival/:id', element: <CampaignDetailPage /> },
  { path: 'aid/requests', element: <WorkerRequestsPage /> },
];

/** The printable contact card: outside the app layout so only the card is printed. */
export const aidPrintRoutes: RouteObject[] = [
  { path: 'aid/cards/:householdId/print', element: <ContactCardPrintPage /> },
];
