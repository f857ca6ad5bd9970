import { fieldErrors, useApi, useLang } from '@bangfu/client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useResetWorkerCache } from '../api/use-worker';
import { usePortalT } from '../i18n/messages';
import { AppLink, navigate, PORTAL_BASE } from '../routing/use-route';
import { PageShell } from '../ui/page-shell';
import { ErrorBox } from '../ui/states';

/** /portal/sign-in — ID number and PIN, after the card has been activated once. */
export function SignInPage() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const reset = useResetWorkerCache();
  const [idNumber, setIdNumber] = useState('');
  const [pin, setPin] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.portal.signIn.mutate({ idNumber, pin }),
    onSuccess: async () => {
      await reset();
      navigate(PORTAL_BASE);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const errors = signIn.error ? fieldErrors(signIn.error, lang) : {};
  return (
    <PageShell title={t('signIn')}>
      <form className="card form" onSubmit={submit} data-testid="portal-sign-in-form">
        <p className="hint">{t('signInHint')}</p>
        <label>
          {t('idNumber')}
          <input
            autoComplete="username"
            maxLength={18}
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value.trim())}
            data-testid="portal-sign-in-id"
            required
          />
        </label>
        <label>
          {t('pin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            maxLength={6}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            data-testid="portal-sign-in-pin"
            required
          />
        </label>
        {Object.values(errors)
          .flat()
          .map((m) => (
            <p key={m} className="field-error">
              {m}
            </p>
          ))}
        {signIn.error && Object.keys(errors).length === 0 && <ErrorBox error={signIn.error} />}
        <button
          type="submit"
          className="primary"
          disabled={signIn.isPending}
          data-testid="portal-sign-in-submit"
        >
          {t('signIn')}
        </button>
        <AppLink href={`${PORTAL_BASE}activate`} className="text-link">
          {t('noAccount')}
        </AppLink>
      </form>
    </PageShell>
  );
}
