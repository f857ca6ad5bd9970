import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/use-auth';
import { PageLoading } from '../components/page-loading';
import { QueryError } from '../components/query-error';
import { CurrentUserProvider } from './current-user';

/** Routes below need a signed-in staff member; others go to /login and come back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <CurrentUserProvider me={me.data}>
      <Outlet />
    </CurrentUserProvider>
  );
}
