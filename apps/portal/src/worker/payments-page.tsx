import { formatDate, formatFen, useApi, useLang } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { RequireWorker } from '../auth/require-worker';
import { usePortalT } from '../i18n/messages';
import { PageShell, useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';

function PaymentsBody() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const label = useLabel();
  const q = useQuery({ queryKey: ['portal', 'payments'], queryFn: () => api.portal.myPayments.query() });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  if (q.data.items.length === 0) return <Empty text={t('noPayments')} testId="portal-payments-empty" />;
  return (
    <section className="card">
      <ul className="rows">
        {q.data.items.map((p) => (
          <li key={p.id} data-testid="portal-payment">
            <span>
              <strong>{label(p.programme)}</strong>
              <span className="hint">
                {formatDate(p.paidOn, lang)} · {label(p.fundingSource)}
              </span>
            </span>
            <span className={p.amountFen < 0 ? 'amount negative' : 'amount'}>
              {t('yuan', { amount: formatFen(p.amountFen) })}
            </span>
          </li>
        ))}
      </ul>
      <p className="total">
        {t('total')}: {t('yuan', { amount: formatFen(q.data.totalFen) })}
      </p>
    </section>
  );
}

/** /portal/payments — every payment received (and any recovery), from the ledger. */
export function PaymentsPage() {
  const t = usePortalT();
  return (
    <PageShell title={t('myPayments')}>
      <RequireWorker>
        <PaymentsBody />
      </RequireWorker>
    </PageShell>
  );
}
