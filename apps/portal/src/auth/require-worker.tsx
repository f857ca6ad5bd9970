import type { ReactNode } from 'react';
import { useWorkerSession } from '../api/use-worker';
import { usePortalT } from '../i18n/messages';
import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { ErrorBox, Loading } from '../ui/states';
import { PinForm } from './pin-form';

/** Shows `children` to a signed-in worker; otherwise the way in (sign in, or finish the PIN). */
export function RequireWorker({ children }: { children: ReactNode }) {
  const session = useWorkerSession();
  const t = usePortalT();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorBox error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    return (
      <section className="card" data-testid="portal-need-sign-in">
        <h2>{t('signInFirst')}</h2>
        <div className="actions">
          <AppLink href={`${PORTAL_BASE}sign-in`} className="primary-link">
            {t('signIn')}
          </AppLink>
          <AppLink href={`${PORTAL_BASE}activate`} className="secondary">
            {t('activate')}
          </AppLink>
        </div>
      </section>
    );
  }
  if (!session.data.pinSet) return <PinForm />;
  return <>{children}</>;
}
