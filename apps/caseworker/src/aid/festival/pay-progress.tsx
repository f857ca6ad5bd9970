import { formatFen } from '@bangfu/client';
import { Alert, Flex, Progress, Typography } from 'antd';
import type { CampaignProgress } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';

/** How far a campaign's payment has got; `lastError` says why a run stopped. */
export function PayProgress({ progress, running }: { progress: CampaignProgress; running: boolean }) {
  const t = useAidT();
  const percent = progress.total === 0 ? 0 : Math.floor((progress.paid * 100) / progress.total);
  return (
    <Flex
      vertical
      gap={4}
      data-testid="campaign-progress"
      data-paid={progress.paid}
      data-total={progress.total}
    >
      <Progress
        percent={percent}
        status={running ? 'active' : progress.lastError ? 'exception' : undefined}
      />
      <Typography.Text type="secondary">
        {running && `${t('aid.fest.paying')} `}
        {t('aid.fest.paidOf', { paid: progress.paid, total: progress.total })} · {formatFen(progress.paidFen)}{' '}
        / {formatFen(progress.totalFen)}
      </Typography.Text>
      {progress.lastError && !running && (
        <Alert type="warning" showIcon title={t('aid.fest.lastError', { error: progress.lastError })} />
      )}
    </Flex>
  );
}
