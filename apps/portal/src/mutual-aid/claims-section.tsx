import { formatDate, formatFen, useApi, useLang } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';
import { useMyEnrolments } from './enrolments-section';
import { useMaPortalT } from './ma-messages';

/** The household's claims, newest first, each with its status and the plain-words explanation. */
export function ClaimsSection() {
  const api = useApi();
  const t = useMaPortalT();
  const { lang } = useLang();
  const label = useLabel();
  const q = useQuery({
    queryKey: ['portal', 'mutual-aid', 'claims'],
    queryFn: () => api.claims.mine.query(),
  });
  const enrolments = useMyEnrolments();
  const planName = (code: string) => {
    const e = enrolments.data?.items.find((x) => x.planCode === code);
    return e ? label(e.planName) : code;
  };
  return (
    <section className="card" data-testid="portal-ma-claims">
      <h2>{t('claims')}</h2>
      {q.isPending && <Loading />}
      {q.isError && <ErrorBox error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.items.length === 0 && <Empty text={t('noClaims')} testId="portal-ma-claims-empty" />}
      {q.data && q.data.items.length > 0 && (
        <ul className="rows stacked">
          {q.data.items.map((c) => (
            <li key={c.id} data-testid="portal-ma-claim">
              <strong>{planName(c.planCode)}</strong>
              <span className="hint">
                {t('eventOn', { date: formatDate(c.eventDate, lang) })} ·{' '}
                <span className="status-pill">{label(c.status)}</span>
              </span>
              <span className="hint">
                {c.paidFen !== null && c.paidOn
                  ? t('paidOn', { date: formatDate(c.paidOn, lang), amount: formatFen(c.paidFen) })
                  : t('payable', { amount: formatFen(c.payableFen) })}
              </span>
              <details className="ma-explain">
                <summary>{t('howWorkedOut')}</summary>
                <p className="explanation" data-testid="portal-ma-explanation">
                  {label(c.explanation)}
                </p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
