import { SurveyCampaignStatus } from '@bangfu/domain';
import { Tag } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';

const COLOR: Record<SurveyCampaignStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  CLOSED: 'success',
};

export function CampaignStatusTag({ status }: { status: SurveyCampaignStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={COLOR[status]} data-testid="sv-status" data-status={status}>
      {label(SurveyCampaignStatus, status)}
    </Tag>
  );
}
