import { domainCode, errorData, errorMessage, useLang } from '@bangfu/client';
import { Alert, Button } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';

interface SaveErrorAlertProps {
  error: unknown;
  /** Offered on VERSION_CONFLICT: load the latest version, dropping the edits on screen. */
  onReload?: () => void;
  reloading?: boolean;
}

/**
 * Why a save failed. A version conflict gets its own explanation and a reload; everything else
 * (DUPLICATE_ID_NUMBER, FORBIDDEN, …) shows the server's message as it is.
 */
export function SaveErrorAlert({ error, onReload, reloading }: SaveErrorAlertProps) {
  const t = useT();
  const { lang } = useLang();
  if (!error) return null;
  if (domainCode(error) === 'VERSION_CONFLICT') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="version-conflict"
        title={t('conflictTitle')}
        description={`${errorMessage(error, lang)} ${t('conflictHint')}`}
        action={
          onReload && (
            <Button size="small" onClick={onReload} loading={reloading} data-testid="version-conflict-reload">
              {t('reload')}
            </Button>
          )
        }
      />
    );
  }
  // The other file is only named when it lies in the caller's own scope.
  const details = errorData(error)?.details;
  const holderId = typeof details?.holderHouseholdId === 'string' ? details.holderHouseholdId : null;
  const holderFileNo = typeof details?.holderFileNo === 'string' ? ` ${details.holderFileNo}` : '';
  return (
    <Alert
      type="error"
      showIcon
      data-testid="save-error"
      title={t('saveFailed')}
      description={errorMessage(error, lang)}
      action={
        holderId && (
          <Link to={`/households/${holderId}`} data-testid="duplicate-holder-link">
            {t('openHolder', { fileNo: holderFileNo })}
          </Link>
        )
      }
    />
  );
}
