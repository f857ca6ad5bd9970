import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { useJobsT } from './jobs-messages';
import './jobs.css';

/** The signed-in home's way to the recommended jobs. */
export function JobsTile() {
  const t = useJobsT();
  return (
    <AppLink href={`${PORTAL_BASE}jobs`} className="tile jobs-tile" data-testid="portal-tile-jobs">
      {t('myJobs')}
    </AppLink>
  );
}
