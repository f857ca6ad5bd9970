import { formatDate, useApi, useLang } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { RequireWorker } from '../auth/require-worker';
import { usePortalT } from '../i18n/messages';
import { PageShell, useLabel } from '../ui/page-shell';
import { ErrorBox, Loading } from '../ui/states';

function CaseBody() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const label = useLabel();
  const q = useQuery({ queryKey: ['portal', 'case'], queryFn: () => api.portal.myCase.query() });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const c = q.data;
  return (
    <>
      <section className="card" data-testid="portal-case">
        <p className="status-pill" data-status={c.status} data-testid="portal-case-status">
          {label(c.statusLabel)}
        </p>
        {c.since && <p className="hint">{t('since', { date: formatDate(c.since, lang) })}</p>}
        <p>{label(c.explanation)}</p>
        {c.next.length > 0 && (
          <>
            <h3>{t('nextSteps')}</h3>
            <ul className="plain-list">
              {c.next.map((n) => (
                <li key={n.event}>{label(n.words)}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('responsible')}</h3>
        <p>
          {c.responsible.orgName}
          {c.responsible.hotline && (
            <>
              {' · '}
              {t('hotline')} <a href={`tel:${c.responsible.hotline}`}>{c.responsible.hotline}</a>
            </>
          )}
        </p>
      </section>
      <section className="card">
        <h2>{t('timeline')}</h2>
        <ol className="timeline">
          {c.timeline.map((s) => (
            <li key={s.seq} data-testid="portal-timeline-step" data-event={s.event}>
              <span className="timeline-date">{formatDate(s.date, lang)}</span>
              <strong>{label(s.label)}</strong>
              <span className="hint">{label(s.statusLabel)}</span>
              {s.reason && (
                <span>
                  {t('reason')}: {s.reason}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
      {c.classification && (
        <section className="card" data-testid="portal-classification">
          <h2>{t('classification')}</h2>
          {c.classification.categoryLabel && (
            <p className="status-pill">{label(c.classification.categoryLabel)}</p>
          )}
          <p className="requirements">{label(c.classification.text)}</p>
        </section>
      )}
    </>
  );
}

/** /portal/case — "where is my case": the step, since when, what comes next, who to call, the steps so far. */
export function CasePage() {
  const t = usePortalT();
  return (
    <PageShell title={t('myCase')}>
      <RequireWorker>
        <CaseBody />
      </RequireWorker>
    </PageShell>
  );
}
