import { fieldErrors, useApi, useLang } from '@bangfu/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { RequireWorker } from '../auth/require-worker';
import { usePortalT } from '../i18n/messages';
import { PageShell, useLabel } from '../ui/page-shell';
import { Empty, ErrorBox, Loading } from '../ui/states';

function PhoneForm() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const qc = useQueryClient();
  const [phone, setPhone] = useState('');
  const save = useMutation({
    mutationFn: () => api.portal.updatePhone.mutate({ phone }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['portal'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = save.error ? (fieldErrors(save.error, lang).phone ?? []) : [];
  return (
    <form className="card form" onSubmit={submit} id="phone">
      <h2>{t('phone')}</h2>
      <label>
        {t('newPhone')}
        <input
          type="tel"
          inputMode="tel"
          maxLength={11}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          required
        />
      </label>
      {errors.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
      {save.error && errors.length === 0 && <ErrorBox error={save.error} />}
      {save.data && <p className="ok">{t('phoneSaved', { phone: save.data.phone })}</p>}
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('updatePhone')}
      </button>
    </form>
  );
}

function PrivacyBody() {
  const api = useApi();
  const t = usePortalT();
  const label = useLabel();
  const q = useQuery({ queryKey: ['portal', 'privacy'], queryFn: () => api.portal.myPrivacy.query() });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  return (
    <>
      <section className="card">
        <h2>{t('held')}</h2>
        <ul className="plain-list">
          {p.categories.map((c) => (
            <li key={c.zh}>{label(c)}</li>
          ))}
        </ul>
        <h3>{t('members')}</h3>
        <ul className="rows stacked">
          {p.members.map((m) => (
            <li key={m.idNumber}>
              <strong>{m.name}</strong> <span className="tag">{label(m.relation)}</span>
              <span className="hint">{m.idNumber}</span>
              {m.phone && <span className="hint">{m.phone}</span>}
            </li>
          ))}
        </ul>
        {p.bankAccount && (
          <p>
            {t('bankAccount')}: {p.bankAccount}
          </p>
        )}
      </section>
      <section className="card" data-testid="portal-access-log">
        <h2>{t('accessLog')}</h2>
        {p.access.length === 0 ? (
          <Empty text={t('noAccess')} />
        ) : (
          <ul className="rows stacked">
            {p.access.map((a) => (
              <li key={a.id}>
                <strong>{a.date}</strong> {a.orgName} · {label(a.role)}
                <span className="hint">
                  {label(a.field)}
                  {a.purpose && ` · ${label(a.purpose)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="hint">{t('accessNote')}</p>
      </section>
      <PhoneForm />
    </>
  );
}

/** /portal/privacy — what the union holds about the household and who has seen it unmasked. */
export function PrivacyPage() {
  const t = usePortalT();
  return (
    <PageShell title={t('myPrivacy')}>
      <RequireWorker>
        <PrivacyBody />
      </RequireWorker>
    </PageShell>
  );
}
