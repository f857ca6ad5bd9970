import { domainCode, errorData, errorMessage, labelIn, useLang } from '@bangfu/client';
import type { Label } from '@bangfu/domain';
import { Alert } from 'antd';
import { ActionErrorAlert } from '../../employment/components/action-error-alert';

interface Reason {
  code?: string;
  label: Label;
}

/**
 * Why a mutual-aid write was refused: a scheme rule or an eligibility check lists each reason it
 * gave; anything else falls back to the shared alert (with a reload on a version conflict).
 */
export function MaErrorAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { lang } = useLang();
  if (!error) return null;
  const code = domainCode(error);
  const reasons = (errorData(error)?.details?.reasons ?? []) as Reason[];
  if ((code === 'RULE_VIOLATION' || code === 'NOT_ELIGIBLE') && reasons.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="ma-refused"
        data-code={code}
        title={errorMessage(error, lang)}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {reasons.map((r) => (
              <li key={r.code ?? labelIn(r.label, lang)} data-reason={r.code}>
                {labelIn(r.label, lang)}
              </li>
            ))}
          </ul>
        }
      />
    );
  }
  return <ActionErrorAlert error={error} onReload={onReload} />;
}
