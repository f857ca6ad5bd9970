import { domainCode, errorData, labelIn, labelKey, useLang } from '@bangfu/client';
import { type Classification, explainText } from '@bangfu/domain';
import { Alert } from 'antd';
import { ActionErrorAlert } from '../../employment/components/action-error-alert';
import { useAidT } from '../i18n/use-aid-t';
import { ruleOf } from './rule-of';

interface AidErrorAlertProps {
  error: unknown;
  onReload?: () => void;
}

/**
 * Why an aid write was refused. A programme rule names the rule broken (and the policy version it
 * was judged under); an unsigned plan or an unfiled household says so in a title of its own;
 * anything else falls back to the shared alert (with a reload on a version conflict).
 */
export function AidErrorAlert({ error, onReload }: AidErrorAlertProps) {
  const t = useAidT();
  const { lang } = useLang();
  if (!error) return null;
  const code = domainCode(error);
  const message = errorData(error)?.messages;
  const description = message ? labelIn(message, lang) : undefined;
  if (code === 'RULE_VIOLATION') {
    const rule = ruleOf(error);
    const name = rule ? labelIn(rule.label, lang) : (description ?? '');
    const policy = rule?.policyVersion !== undefined ? t('aid.err.policy', { v: rule.policyVersion }) : null;
    // STILL_QUALIFIES sends the recomputed classification: show the figures it failed on.
    const classification = errorData(error)?.details?.classification as Classification | undefined;
    return (
      <Alert
        type="error"
        showIcon
        data-testid="aid-rule-violation"
        data-rule={rule?.code}
        title={t('aid.err.rule', { rule: name })}
        description={
          classification?.explanation ? (
            <div style={{ whiteSpace: 'pre-line' }} data-testid="aid-rule-explanation">
              {`${t('aid.err.stillQualifies')}:\n${explainText(classification, labelKey(lang))}`}
              {policy && `\n${policy}`}
            </div>
          ) : (
            (policy ?? undefined)
          )
        }
      />
    );
  }
  const titles: Record<string, string> = {
    PLAN_NOT_SIGNED: t('aid.err.planNotSigned'),
    NOT_ELIGIBLE: t('aid.err.notEligible'),
    IDEMPOTENCY_MISMATCH: t('aid.err.idempotency'),
  };
  const title = code ? titles[code] : undefined;
  if (title) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="aid-refused"
        data-code={code}
        title={title}
        description={description}
      />
    );
  }
  return <ActionErrorAlert error={error} onReload={onReload} />;
}
