import { ApiProvider } from '@bangfu/client';
import { api, queryClient } from './api/api-instance';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { PositionPage } from './positions/position-page';
import { useRoute } from './routing/use-route';

function CurrentPage() {
  const route = useRoute();
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'position':
      return <PositionPage key={route.id} id={route.id} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

export function App() {
  return (
    <ApiProvider api={api} queryClient={queryClient}>
      <CurrentPage />
    </ApiProvider>
  );
}
