import { ApiProvider, LanguageProvider } from '@bangfu/client';
import { api, queryClient } from './api/api-instance';
import { ActivatePage } from './auth/activate-page';
import { SignInPage } from './auth/sign-in-page';
import { HomePage } from './home-page';
import { JobsPage } from './jobs/jobs-page';
import { MutualAidPage } from './mutual-aid/mutual-aid-page';
import { NotFoundPage } from './not-found-page';
import { PositionPage } from './positions/position-page';
import { useRoute } from './routing/use-route';
import { CasePage } from './worker/case-page';
import { PaymentsPage } from './worker/payments-page';
import { PlanPage } from './worker/plan-page';
import { PrivacyPage } from './worker/privacy-page';
import { RequestsPage } from './worker/requests-page';

function CurrentPage() {
  const route = useRoute();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'position':
      return <PositionPage key={route.id} id={route.id} />;
    case 'activate':
      return <ActivatePage />;
    case 'sign-in':
      return <SignInPage />;
    case 'case':
      return <CasePage />;
    case 'plan':
      return <PlanPage />;
    case 'payments':
      return <PaymentsPage />;
    case 'requests':
      return <RequestsPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'jobs':
      return <JobsPage />;
    case 'mutual-aid':
      return <MutualAidPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  return (
    <ApiProvider api={api} queryClient={queryClient}>
      <LanguageProvider>
        <CurrentPage />
      </LanguageProvider>
    </ApiProvider>
  );
}
