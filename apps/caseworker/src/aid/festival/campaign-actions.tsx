import { formatFen } from '@bangfu/client';
import { App, Button, Space } from 'antd';
import type { Campaign } from '../api/types';
import {
  useApproveCampaign,
  useBuildList,
  useExportCampaign,
  type usePayCampaign,
} from '../api/use-festival';
import { AidErrorAlert } from '../components/aid-error-alert';
import { downloadXlsx } from '../components/download-xlsx';
import { useAidT } from '../i18n/use-aid-t';
import {
  APPROVE_FESTIVAL_ROLES,
  EDIT_FESTIVAL_ROLES,
  PAY_FESTIVAL_ROLES,
  useHasAidRole,
} from '../permissions';

/**
 * The next step of a campaign for the user's role: build (or rebuild) the list, approve it, pay
 * it (or resume a run that stopped), and export it at any point.
 */
interface CampaignActionsProps {
  campaign: Campaign;
  /** Owned by the page, which polls the progress while it runs. */
  pay: ReturnType<typeof usePayCampaign>;
  onReload: () => void;
}

export function CampaignActions({ campaign: c, pay, onReload }: CampaignActionsProps) {
  const t = useAidT();
  const { modal } = App.useApp();
  const canEdit = useHasAidRole(EDIT_FESTIVAL_ROLES);
  const canApprove = useHasAidRole(APPROVE_FESTIVAL_ROLES);
  const canPay = useHasAidRole(PAY_FESTIVAL_ROLES);
  const build = useBuildList();
  const approve = useApproveCampaign();
  const exporter = useExportCampaign();
  const step = { campaignId: c.id, expectedVersion: c.version };
  const error = build.error ?? approve.error ?? pay.error ?? exporter.error;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {canEdit && (c.status === 'DRAFT' || c.status === 'LISTED') && (
          <Button
            type={c.status === 'DRAFT' ? 'primary' : 'default'}
            loading={build.isPending}
            onClick={() => build.mutate(step)}
            data-testid="campaign-build"
          >
            {c.status === 'DRAFT' ? t('aid.fest.build') : t('aid.fest.rebuild')}
          </Button>
        )}
        {canApprove && c.status === 'LISTED' && (
          <Button
            type="primary"
            loading={approve.isPending}
            data-testid="campaign-approve"
            onClick={() =>
              modal.confirm({ title: t('aid.fest.approveConfirm'), onOk: () => approve.mutateAsync(step) })
            }
          >
            {t('aid.fest.approve')}
          </Button>
        )}
        {canPay && (c.status === 'APPROVED' || c.status === 'PAYING') && (
          <Button
            type="primary"
            loading={pay.isPending}
            data-testid="campaign-pay"
            onClick={() =>
              modal.confirm({
                title: t('aid.fest.payConfirm', {
                  n: c.totalCount - c.paidCount,
                  amount: formatFen(c.totalFen - c.paidFen),
                }),
                // The batch runs on the server; the progress bar polls while it does.
                onOk: () => pay.mutate({ campaignId: c.id }),
              })
            }
          >
            {c.status === 'PAYING' ? t('aid.fest.resume') : t('aid.fest.pay')}
          </Button>
        )}
        {c.status !== 'DRAFT' && (
          <Button
            loading={exporter.isPending}
            onClick={() => exporter.mutate(c.id, { onSuccess: downloadXlsx })}
            data-testid="campaign-export"
          >
            {t('aid.fest.export')}
          </Button>
        )}
      </Space>
      <AidErrorAlert error={error} onReload={onReload} />
    </Space>
  );
}
