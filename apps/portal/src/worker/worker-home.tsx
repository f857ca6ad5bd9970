import { useApi } from '@bangfu/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useResetWorkerCache } from '../api/use-worker';
import { usePortalT } from '../i18n/messages';
import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { useLabel } from '../ui/page-shell';
import { ErrorBox, Loading } from '../ui/states';

const TILES = [
  ['plan', 'myPlan'],
  ['payments', 'myPayments'],
  ['requests', 'myRequests'],
  ['privacy', 'myPrivacy'],
] as const;

/** The signed-in worker's home: the case at a glance, then one large tap target per service. */
export function WorkerHome({ name }: { name: string }) {
  const api = useApi();
  const t = usePortalT();
  const label = useLabel();
  const reset = useResetWorkerCache();
  const c = useQuery({ queryKey: ['portal', 'case'], queryFn: () => api.portal.myCase.query() });
  const signOut = useMutation({ mutationFn: () => api.portal.signOut.mutate(), onSuccess: reset });
  return (
    <>
      <p className="greeting" data-testid="portal-greeting">
        {t('greeting', { name })}
      </p>
      <AppLink href={`${PORTAL_BASE}case`} className="card case-summary" data-testid="portal-case-summary">
        <h2>{t('myCase')} ›</h2>
        {c.data && (
          <>
            <p className="status-pill" data-status={c.data.status}>
              {label(c.data.statusLabel)}
            </p>
            <p>{label(c.data.explanation)}</p>
          </>
        )}
        {c.isPending && <Loading />}
      </AppLink>
      {c.isError && <ErrorBox error={c.error} onRetry={() => c.refetch()} />}
      <nav className="tiles">
        {TILES.map(([page, key]) => (
          <AppLink
            key={page}
            href={`${PORTAL_BASE}${page}`}
            className="tile"
            data-testid={`portal-tile-${page}`}
          >
            {t(key)}
          </AppLink>
        ))}
      </nav>
      <button
        type="button"
        className="secondary"
        onClick={() => signOut.mutate()}
        data-testid="portal-sign-out"
      >
        {t('signOut')}
      </button>
    </>
  );
}
