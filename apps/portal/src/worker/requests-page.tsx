import { formatInstant, useApi, useLang } from '@bangfu/client';
import { WorkerRequestKind } from '@bangfu/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { RequireWorker } from '../auth/require-worker';
import { usePortalT } from '../i18n/messages';
import { PageShell, useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';

const KINDS = ['OBJECTION', 'APPEAL', 'CHANGE_REPORT'] as const;

function RequestForm() {
  const api = useApi();
  const t = usePortalT();
  const label = useLabel();
  const qc = useQueryClient();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('CHANGE_REPORT');
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => api.portal.raiseRequest.mutate({ kind, text }),
    onSuccess: async () => {
      setText('');
      await qc.invalidateQueries({ queryKey: ['portal', 'requests'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <form className="card form" onSubmit={submit}>
      <label>
        {t('requestKind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {label(WorkerRequestKind.labels[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('requestText')}
        <textarea rows={5} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} required />
      </label>
      {send.error && <ErrorBox error={send.error} />}
      {send.isSuccess && <p className="ok">{t('sent')}</p>}
      <button type="submit" className="primary" disabled={send.isPending}>
        {t('send')}
      </button>
    </form>
  );
}

function RequestList() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const label = useLabel();
  const q = useQuery({ queryKey: ['portal', 'requests'], queryFn: () => api.portal.myRequests.query() });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  if (q.data.length === 0) return <Empty text={t('noRequests')} />;
  return (
    <section className="card">
      <ul className="rows stacked">
        {q.data.map((r) => (
          <li key={r.id}>
            <strong>{label(r.kindLabel)}</strong>
            <span className="tag">{label(r.statusLabel)}</span>
            <span className="hint">{formatInstant(r.createdAt, lang)}</span>
            <p>{r.text}</p>
            {r.handling && (
              <p>
                {t('handling')}: {r.handling}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /portal/requests — raise an objection, an appeal or a change report, and read the answers. */
export function RequestsPage() {
  const t = usePortalT();
  return (
    <PageShell title={t('myRequests')}>
      <RequireWorker>
        <RequestForm />
        <RequestList />
      </RequireWorker>
    </PageShell>
  );
}
