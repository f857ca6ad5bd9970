import { domainCode, errorMessage, useLang } from '@bangfu/client';
import { Alert, Button } from 'antd';
import { useT } from '../../i18n/use-t';

interface ActionErrorAlertProps {
  error: unknown;
  /** Offered on VERSION_CONFLICT: fetch the latest version so the action can be tried again. */
  onReload?: () => void;
  reloading?: boolean;
}

/** Why a write failed: a version conflict with a reload, anything else with the server's message. */
export function ActionErrorAlert({ error, onReload, reloading }: ActionErrorAlertProps) {
  const t = useT();
  const { lang } = useLang();
  if (!error) return null;
  if (domainCode(error) === 'VERSION_CONFLICT') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="version-conflict"
        title={t('emp.conflictTitle')}
        description={errorMessage(error, lang)}
        action={
          onReload && (
            <Button size="small" onClick={onReload} loading={reloading} data-testid="version-conflict-reload">
              {t('emp.reload')}
            </Button>
          )
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="action-error"
      title={t('emp.actionFailed')}
      description={errorMessage(error, lang)}
    />
  );
}
