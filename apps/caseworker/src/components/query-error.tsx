import { domainCode, errorMessage, useLang } from '@bangfu/client';
import { Button, Result } from 'antd';
import { useT } from '../i18n/use-t';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
  /** Shown instead of the server message for NOT_FOUND. */
  notFoundText?: string;
}

/** A failed load, with the server's message in the user's language and a retry. */
export function QueryError({ error, onRetry, notFoundText }: QueryErrorProps) {
  const t = useT();
  const { lang } = useLang();
  const code = domainCode(error);
  const status = code === 'NOT_FOUND' ? '404' : code === 'FORBIDDEN' ? '403' : 'error';
  const subTitle = code === 'NOT_FOUND' && notFoundText ? notFoundText : errorMessage(error, lang);
  return (
    <Result
      status={status}
      title={t('loadFailed')}
      subTitle={subTitle}
      extra={onRetry && code !== 'NOT_FOUND' && <Button onClick={onRetry}>{t('retry')}</Button>}
    />
  );
}
