import { formatDate, formatInstant, useApi, useLang } from '@bangfu/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RequireWorker } from '../auth/require-worker';
import { usePortalT } from '../i18n/messages';
import { PageShell, useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';

type Plan = Awaited<ReturnType<ReturnType<typeof useApi>['portal']['myPlan']['query']>>[number];

function SignBox({ plan }: { plan: Plan }) {
  const api = useApi();
  const t = usePortalT();
  const qc = useQueryClient();
  const [agreed, setAgreed] = useState(false);
  const sign = useMutation({
    mutationFn: () => api.portal.signPlan.mutate({ planId: plan.id, expectedVersion: plan.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['portal'] }),
  });
  return (
    <div className="sign-box">
      <label className="check">
        <input
          type="checkbox"
          checked={agreed}
          onChange={(e) => setAgreed(e.target.checked)}
          data-testid="portal-plan-agree"
        />
        <span>{t('signConfirm')}</span>
      </label>
      {sign.error && <ErrorBox error={sign.error} />}
      <button
        type="button"
        className="primary"
        disabled={!agreed || sign.isPending}
        onClick={() => sign.mutate()}
        data-testid="portal-plan-sign"
      >
        {t('signPlan')}
      </button>
    </div>
  );
}

function PlanCard({ plan }: { plan: Plan }) {
  const t = usePortalT();
  const { lang } = useLang();
  const label = useLabel();
  const { done, total } = plan.progress;
  return (
    <article className="card" data-testid="portal-plan" data-status={plan.status} data-plan-no={plan.planNo}>
      <p className="tag-row">
        <span className="status-pill">{label(plan.statusLabel)}</span>
      </p>
      <h2>{t('planNo', { no: plan.planNo })}</h2>
      <p className="hint">
        {t('exitYear', { year: plan.plannedExitYear })}
        {plan.cadreName && ` · ${t('cadre', { name: plan.cadreName })}`}
      </p>
      <progress max={Math.max(total, 1)} value={done} aria-label={t('progress', { done, total })} />
      <p className="hint">{t('progress', { done, total })}</p>
      <ol className="measures">
        {plan.measures.map((m) => (
          <li key={m.seq} data-status={m.status}>
            <strong>{label(m.kind)}</strong> <span className="tag">{label(m.statusLabel)}</span>
            <p>{m.description}</p>
            {m.targetDate && (
              <p className="hint">{t('targetDate', { date: formatDate(m.targetDate, lang) })}</p>
            )}
          </li>
        ))}
      </ol>
      {plan.status === 'DRAFT' ? (
        <SignBox plan={plan} />
      ) : (
        <p className="signed" data-testid="portal-plan-signed">
          {t('signedOn', { date: formatInstant(plan.signedAt, lang), via: label(plan.signedVia) })}
        </p>
      )}
    </article>
  );
}

function PlanBody() {
  const api = useApi();
  const t = usePortalT();
  const q = useQuery({ queryKey: ['portal', 'plan'], queryFn: () => api.portal.myPlan.query() });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  if (q.data.length === 0) return <Empty text={t('noPlan')} testId="portal-plan-empty" />;
  return q.data.map((p) => <PlanCard key={p.id} plan={p} />);
}

/** /portal/plan — the plan's measures with their progress; a draft is signed here. */
export function PlanPage() {
  const t = usePortalT();
  return (
    <PageShell title={t('myPlan')}>
      <RequireWorker>
        <PlanBody />
      </RequireWorker>
    </PageShell>
  );
}
