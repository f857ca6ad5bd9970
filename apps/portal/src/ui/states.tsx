import { errorMessage, useLang } from '@bangfu/client';
import { usePortalT } from '../i18n/messages';

export function Loading() {
  const t = usePortalT();
  return <p className="loading">{t('loading')}</p>;
}

/** A failed request in the reader's language (the server sends both in error.data.messages). */
export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { lang } = useLang();
  const t = usePortalT();
  return (
    <div className="error-box" role="alert" data-testid="portal-error">
      <p>{errorMessage(error, lang)}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="empty" data-testid={testId}>
      {text}
    </p>
  );
}
