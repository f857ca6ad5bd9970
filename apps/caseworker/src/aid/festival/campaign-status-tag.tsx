import { FestivalCampaignStatus } from '@bangfu/domain';
import { Tag } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';

const COLOR: Record<FestivalCampaignStatus, string> = {
  DRAFT: 'default',
  LISTED: 'blue',
  APPROVED: 'cyan',
  PAYING: 'processing',
  PAID: 'green',
  CANCELLED: 'default',
};

export function CampaignStatusTag({ status }: { status: FestivalCampaignStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={COLOR[status]} data-testid="campaign-status" data-status={status}>
      {label(FestivalCampaignStatus, status)}
    </Tag>
  );
}
