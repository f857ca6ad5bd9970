import { fieldErrors, useApi, useLang } from '@bangfu/client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useResetWorkerCache } from '../api/use-worker';
import { usePortalT } from '../i18n/messages';
import { ErrorBox } from '../ui/states';

/** Step two of activation: the worker chooses a 6-digit PIN (trivial ones are refused by the server). */
export function PinForm({ onDone }: { onDone?: () => void }) {
  const api = useApi();
  const t = usePortalT();
  const { lang } = useLang();
  const reset = useResetWorkerCache();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const save = useMutation({
    mutationFn: () => api.portal.setPin.mutate({ pin }),
    onSuccess: async () => {
      await reset();
      onDone?.();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(pin !== again);
    if (pin === again) save.mutate();
  };
  const pinErrors = save.error ? fieldErrors(save.error, lang).pin : undefined;
  return (
    <form className="card form" onSubmit={submit} data-testid="portal-pin-form">
      <h2>{t('pinTitle')}</h2>
      <p className="hint">{t('pinHint')}</p>
      <label>
        {t('pin')}
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={6}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          data-testid="portal-pin"
          required
        />
      </label>
      <label>
        {t('pinAgain')}
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={6}
          value={again}
          onChange={(e) => setAgain(e.target.value.replace(/\D/g, ''))}
          data-testid="portal-pin-again"
          required
        />
      </label>
      {mismatch && <p className="field-error">{t('pinMismatch')}</p>}
      {pinErrors?.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
      {save.error && !pinErrors && <ErrorBox error={save.error} />}
      <button type="submit" className="primary" disabled={save.isPending} data-testid="portal-pin-submit">
        {t('save')}
      </button>
    </form>
  );
}
