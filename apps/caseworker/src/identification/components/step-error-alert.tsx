import { domainCode, errorData, errorMessage, useLang } from '@bangfu/client';
import { Alert, Button } from 'antd';
import { useIdentT } from '../i18n/use-ident-t';
import { detailLines } from './error-details';

interface StepErrorAlertProps {
  error: unknown;
  /** Offered on VERSION_CONFLICT and STEP_OUT_OF_ORDER: fetch the case again. */
  onReload?: () => void;
}

const TITLE_KEY = {
  VERSION_CONFLICT: 'id.err.versionConflict',
  STEP_OUT_OF_ORDER: 'id.err.stepOutOfOrder',
  RECUSAL_REQUIRED: 'id.err.recusal',
  NOT_ELIGIBLE: 'id.err.notEligible',
  VALIDATION: 'id.err.validation',
  FORBIDDEN: 'id.err.forbidden',
  CONFLICT: 'id.err.conflict',
  RULE_VIOLATION: 'id.err.rule',
} as const;

/**
 * Why a step was refused, in the user's language: the server's message, then every reason it gave
 * (回避事由, the step expected next, field problems), with a reload where the case moved on.
 */
export function StepErrorAlert({ error, onReload }: StepErrorAlertProps) {
  const t = useIdentT();
  const { lang } = useLang();
  if (!error) return null;
  const code = domainCode(error);
  const titleKey = code && code in TITLE_KEY ? TITLE_KEY[code as keyof typeof TITLE_KEY] : 'id.err.failed';
  const lines = detailLines(errorData(error), lang, t);
  const reloadable = code === 'VERSION_CONFLICT' || code === 'STEP_OUT_OF_ORDER';
  return (
    <Alert
      type={code === 'VERSION_CONFLICT' ? 'warning' : 'error'}
      showIcon
      data-testid="step-error"
      data-code={code ?? ''}
      title={t(titleKey)}
      description={
        <div>
          <div data-testid="step-error-message">{errorMessage(error, lang)}</div>
          {lines.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="step-error-reasons">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      }
      action={
        reloadable &&
        onReload && (
          <Button size="small" onClick={onReload} data-testid="step-error-reload">
            {t('emp.reload')}
          </Button>
        )
      }
    />
  );
}
