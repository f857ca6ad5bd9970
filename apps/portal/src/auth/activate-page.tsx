import { fieldErrors, useApi, useLang } from '@bangfu/client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useResetWorkerCache, useWorkerSession } from '../api/use-worker';
import { usePortalT } from '../i18n/messages';
import { navigate, PORTAL_BASE } from '../routing/use-route';
import { PageShell } from '../ui/page-shell';
import { ErrorBox } from '../ui/states';
import { PinForm } from './pin-form';

/** /portal/activate — where the card's QR code leads: ID number + one-time code, then a PIN. */
export function ActivatePage() {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const session = useWorkerSession();
  const reset = useResetWorkerCache();
  const [idNumber, setIdNumber] = useState('');
  const [code, setCode] = useState('');
  const activate = useMutation({
    mutationFn: () => api.portal.activate.mutate({ idNumber, code }),
    onSuccess: reset,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    activate.mutate();
  };
  const errors = activate.error ? fieldErrors(activate.error, lang) : {};
  const needPin = session.data && !session.data.pinSet;
  return (
    <PageShell title={t('activateTitle')}>
      {needPin ? (
        <PinForm onDone={() => navigate(PORTAL_BASE)} />
      ) : (
        <form className="card form" onSubmit={submit} data-testid="portal-activate-form">
          <p className="hint">{t('activateHint')}</p>
          <label>
            {t('idNumber')}
            <input
              autoComplete="off"
              maxLength={18}
              value={idNumber}
              onChange={(e) => setIdNumber(e.target.value.trim())}
              data-testid="portal-id-number"
              required
            />
          </label>
          {errors.idNumber?.map((m) => (
            <p key={m} className="field-error">
              {m}
            </p>
          ))}
          <label>
            {t('code')}
            <input
              autoComplete="one-time-code"
              autoCapitalize="characters"
              maxLength={14}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              data-testid="portal-code"
              required
            />
          </label>
          {errors.code?.map((m) => (
            <p key={m} className="field-error">
              {m}
            </p>
          ))}
          {activate.error && Object.keys(errors).length === 0 && <ErrorBox error={activate.error} />}
          <button
            type="submit"
            className="primary"
            disabled={activate.isPending}
            data-testid="portal-activate-submit"
          >
            {t('next')}
          </button>
        </form>
      )}
    </PageShell>
  );
}
