import { ApprovalLevel } from '@bangfu/domain';
import { Result } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { RequestedPayment } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';

/** What became of a request: approved at once, or waiting for the level its rules require. */
export function RequestResult({ result }: { result: RequestedPayment }) {
  const t = useAidT();
  const label = useEnumLabel();
  const pending = result.status === 'PENDING_APPROVAL';
  const title = pending
    ? t('aid.pay.pending', { level: label(ApprovalLevel, result.requiredLevel) })
    : t('aid.pay.approved');
  return (
    <Result
      status={pending ? 'info' : 'success'}
      title={
        <span data-testid="pay-request-result" data-status={result.status}>
          {title}
        </span>
      }
      subTitle={result.duplicate ? t('aid.pay.duplicate') : undefined}
    />
  );
}
