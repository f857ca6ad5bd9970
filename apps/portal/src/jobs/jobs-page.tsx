import { RequireWorker } from '../auth/require-worker';
import { PageShell } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';
import { JobCard } from './job-card';
import { useJobsT } from './jobs-messages';
import { useMyJobs } from './use-my-jobs';
import './jobs.css';

function JobList() {
  const t = useJobsT();
  const jobs = useMyJobs();
  if (jobs.isPending) return <Loading />;
  if (jobs.isError) return <ErrorBox error={jobs.error} onRetry={() => jobs.refetch()} />;
  if (jobs.data.length === 0) return <Empty text={t('noJobs')} testId="portal-jobs-empty" />;
  return (
    <ul className="job-list" data-testid="portal-jobs">
      {jobs.data.map((job) => (
        <JobCard key={job.positionId} job={job} />
      ))}
    </ul>
  );
}

/** /portal/jobs — 送岗到户: the jobs the union recommends to the worker's household, with reasons. */
export function JobsPage() {
  const t = useJobsT();
  return (
    <PageShell title={t('myJobs')}>
      <RequireWorker>
        <p className="hint jobs-intro">{t('myJobsHint')}</p>
        <JobList />
      </RequireWorker>
    </PageShell>
  );
}
