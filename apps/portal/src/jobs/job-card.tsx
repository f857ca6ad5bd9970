import { formatDate, useLang } from '@bangfu/client';
import { PositionCategory, WorkHours } from '@bangfu/domain';
import { formatSalary } from '../positions/format';
import { AppLink, PORTAL_BASE } from '../routing/use-route';
import { useLabel } from '../ui/page-shell';
import { useJobsT } from './jobs-messages';
import type { MyJob } from './use-my-jobs';

/** One job in the list: what, where, how much, and why it suits; a tap opens the position page. */
export function JobCard({ job }: { job: MyJob }) {
  const t = useJobsT();
  const label = useLabel();
  const { lang } = useLang();
  const en = lang === 'en';
  return (
    <li className="job-item">
      <AppLink
        href={`${PORTAL_BASE}positions/${job.positionId}`}
        className="card job-card"
        data-testid="portal-job"
        data-recommended={job.recommended}
      >
        <p className="tag-row">
          <span className="tag">{PositionCategory.label(job.category, en ? 'en' : 'zh')}</span>
          <span className="job-flags">
            {job.isNew && <span className="job-new">{t('isNew')}</span>}
            {job.recommended && <span className="booth">{t('recommended')}</span>}
          </span>
        </p>
        <h2 className="job-title">{job.title} ›</h2>
        <p className="salary">{formatSalary(job.salaryMinFen, job.salaryMaxFen)}</p>
        <p className="job-meta">
          {job.employerName} · {job.countyName} · {WorkHours.label(job.hours, en ? 'en' : 'zh')}
        </p>
        {job.reasons.length > 0 && (
          <ul className="pills pills-accent" aria-label={t('whyItSuits')}>
            {job.reasons.map((r) => (
              <li key={r.zh}>{label(r)}</li>
            ))}
          </ul>
        )}
        <p className="hint">
          {job.memberName && `${t('suitsMember', { name: job.memberName })} · `}
          {t('validTo', { date: formatDate(job.validTo, lang) })}
          {job.interested && ` · ✓ ${t('interested')}`}
        </p>
      </AppLink>
    </li>
  );
}
