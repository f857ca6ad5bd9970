import { formatFen, formatInstant, useApi, useLang } from '@bangfu/client';
import { useQuery } from '@tanstack/react-query';
import { ErrorBox, Loading } from '../ui/states';
import { useMaPortalT } from './ma-messages';

/** 药房补助: the balance per year and what was topped up and bought; nothing shown when there is none. */
export function PharmacySection() {
  const api = useApi();
  const t = useMaPortalT();
  const { lang } = useLang();
  const q = useQuery({
    queryKey: ['portal', 'mutual-aid', 'pharmacy'],
    queryFn: () => api.mutualAid.myPharmacy.query(),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  // Only 六盘水's extremely poor workers have an account: others are not shown an empty box.
  if (q.data.accounts.length === 0) return null;
  return (
    <section className="card" data-testid="portal-ma-pharmacy">
      <h2>{t('pharmacy')}</h2>
      {q.data.accounts.map((a) => (
        <div key={a.id} data-testid="portal-ma-pharmacy-account">
          <p className="total" data-testid="portal-ma-pharmacy-balance">
            {t('balance', { year: a.year })}: {formatFen(a.balanceFen)}
          </p>
          <ul className="rows">
            {a.txns.map((x) => (
              <li key={x.id} data-testid="portal-ma-pharmacy-txn">
                <span>
                  <strong>{x.kind === 'TOP_UP' ? t('toppedUp') : (x.pharmacy ?? t('purchase'))}</strong>
                  <span className="hint">
                    {formatInstant(x.at, lang)} ·{' '}
                    {t('balanceAfter', { amount: formatFen(x.balanceAfterFen) })}
                  </span>
                </span>
                <span className={x.kind === 'TOP_UP' ? 'amount' : 'amount negative'}>
                  {x.kind === 'TOP_UP' ? '+' : '−'}
                  {formatFen(x.amountFen)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
