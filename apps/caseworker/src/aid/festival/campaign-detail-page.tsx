import { formatFen, labelKey, useLang } from '@bangfu/client';
import { Festival, FundingSource, HardshipCategory } from '@bangfu/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { aidKeys } from '../api/aid-keys';
import { useCampaign, useCampaignProgress, usePayCampaign } from '../api/use-festival';
import { useAidT } from '../i18n/use-aid-t';
import { CampaignActions } from './campaign-actions';
import { CampaignItems } from './campaign-items';
import { CampaignStatusTag } from './campaign-status-tag';
import { PayProgress } from './pay-progress';

/** One 送温暖 campaign: what it gives to whom, its next step, the progress of paying, and its list. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const campaign = useCampaign(id);
  const pay = usePayCampaign();
  const progress = useCampaignProgress(id, pay.isPending);
  const p = progress.data;
  // The batch runs on the server after pay returns: the progress tells when it stops.
  const running = pay.isPending || (p ? p.status === 'PAYING' && !p.lastError : false);
  const queryClient = useQueryClient();
  const statusNow = p?.status;
  const statusShown = campaign.data?.status;
  // When the run moves the campaign on (PAYING → PAID), the status, actions and list follow.
  useEffect(() => {
    if (statusNow && statusShown && statusNow !== statusShown) {
      void queryClient.invalidateQueries({ queryKey: aidKeys.campaigns });
    }
  }, [statusNow, statusShown, queryClient]);
  if (campaign.isPending) return <PageLoading />;
  if (campaign.isError) return <QueryError error={campaign.error} onRetry={() => campaign.refetch()} />;
  const c = campaign.data;
  const amounts = HardshipCategory.values
    .filter((k) => c.amounts[k] !== undefined)
    .map((k) => `${HardshipCategory.labels[k][labelKey(lang)]} ${formatFen(c.amounts[k])}`)
    .join(';');
  return (
    <Flex vertical gap={16}>
      <Card>
        <Link to="/aid/festival">{t('aid.fest.back')}</Link>
        <Flex align="center" gap={8} style={{ margin: '8px 0 16px' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="campaign-title">
            {c.name}
          </Typography.Title>
          <CampaignStatusTag status={c.status} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item
            label={t('aid.fest.festival')}
          >{`${c.year} ${label(Festival, c.festival)}`}</Descriptions.Item>
          <Descriptions.Item label={t('aid.fest.funding')}>
            {label(FundingSource, c.fundingSource)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.fest.count')}>{c.totalCount}</Descriptions.Item>
          <Descriptions.Item label={t('aid.fest.amounts')} span={2}>
            {amounts}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.fest.total')}>{formatFen(c.totalFen)}</Descriptions.Item>
        </Descriptions>
        <CampaignActions campaign={c} pay={pay} onReload={() => campaign.refetch()} />
        {(running || c.status === 'PAID' || c.paidCount > 0) && progress.data && (
          <div style={{ marginTop: 16 }}>
            <PayProgress progress={progress.data} running={running} />
          </div>
        )}
      </Card>
      {c.status !== 'DRAFT' && (
        <Card size="small" title={t('aid.fest.items')}>
          <CampaignItems campaign={c} />
        </Card>
      )}
    </Flex>
  );
}
