import { formatDate, formatFen, useApi, useLang } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';
import { useMaPortalT } from './ma-messages';

export const myEnrolmentsKey = ['portal', 'mutual-aid', 'enrolments'] as const;

export function useMyEnrolments() {
  const api = useApi();
  return useQuery({ queryKey: myEnrolmentsKey, queryFn: () => api.mutualAid.myEnrolments.query() });
}

/** The plans the worker's household joined: plan, term, cover and what they paid themselves. */
export function EnrolmentsSection() {
  const t = useMaPortalT();
  const { lang } = useLang();
  const label = useLabel();
  const q = useMyEnrolments();
  return (
    <section className="card" data-testid="portal-ma-enrolments">
      <h2>{t('enrolments')}</h2>
      {q.isPending && <Loading />}
      {q.isError && <ErrorBox error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.items.length === 0 && <Empty text={t('noEnrolments')} testId="portal-ma-enrolments-empty" />}
      {q.data && q.data.items.length > 0 && (
        <ul className="rows stacked">
          {q.data.items.map((e) => (
            <li key={e.id} data-testid="portal-ma-enrolment" data-plan={e.planCode}>
              <strong>{label(e.planName)}</strong>
              <span className="hint">
                {label(e.schemeName)} · {t('term', { year: e.termYear })} · {e.memberName}
                {e.hardship && ` · ${t('hardship')}`}
              </span>
              <span className="hint">
                {t('cover', { from: formatDate(e.coverFrom, lang), to: formatDate(e.coverTo, lang) })}
              </span>
              <span className="hint">
                {t('youPaid', { amount: formatFen(e.ownShareFen), paid: formatFen(e.ownPaidFen) })}
                {e.totalFen > e.ownShareFen &&
                  `;${t('othersPaid', { amount: formatFen(e.totalFen - e.ownShareFen) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
