import { useWorkerSession } from './api/use-worker';
import { usePortalT } from './i18n/messages';
import { JobsTile } from './jobs/jobs-tile';
import { MutualAidTile } from './mutual-aid/mutual-aid-tile';
import { ServiceList } from './service-list';
import { SignInCard } from './sign-in-card';
import { LangSwitch } from './ui/page-shell';
import { Loading } from './ui/states';
import { WorkerHome } from './worker/worker-home';

/** /portal/ — the worker's own home when signed in; otherwise the way in and what the portal offers. */
export function HomePage() {
  const t = usePortalT();
  const session = useWorkerSession();
  const worker = session.data?.pinSet ? session.data : null;
  return (
    <div className="page">
      <header className="masthead">
        <div className="masthead-row">
          <p className="brand">{t('brand')}</p>
          <LangSwitch />
        </div>
        <h1>{t('appTitle')}</h1>
      </header>
      <main>
        {session.isPending ? (
          <Loading />
        ) : worker ? (
          <>
            <WorkerHome name={worker.name} />
            <JobsTile />
            <MutualAidTile />
          </>
        ) : (
          <>
            <SignInCard />
            <ServiceList />
          </>
        )}
      </main>
      <footer className="footer">
        <p>{t('privacyFooter')}</p>
      </footer>
    </div>
  );
}
