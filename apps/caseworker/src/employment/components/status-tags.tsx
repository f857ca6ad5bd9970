import { FairStatus, PositionStatus } from '@bangfu/domain';
import { Tag, Tooltip } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useT } from '../../i18n/use-t';

const POSITION_COLOR: Record<PositionStatus, string> = {
  DRAFT: 'default',
  OPEN: 'green',
  FILLED: 'blue',
  CLOSED: 'default',
};

const FAIR_COLOR: Record<FairStatus, string> = { DRAFT: 'gold', PUBLISHED: 'green', CANCELLED: 'default' };

export function PositionStatusTag({ value }: { value: PositionStatus }) {
  const label = useEnumLabel();
  return <Tag color={POSITION_COLOR[value]}>{label(PositionStatus, value)}</Tag>;
}

export function FairStatusTag({ value }: { value: FairStatus }) {
  const label = useEnumLabel();
  return <Tag color={FAIR_COLOR[value]}>{label(FairStatus, value)}</Tag>;
}

/** Whether the position is on the kiosks and in the portal today (the server's isPositionListed). */
export function ListedTag({ listed }: { listed: boolean }) {
  const t = useT();
  return (
    <Tooltip title={t('emp.positions.listedHint')}>
      <Tag color={listed ? 'cyan' : undefined} data-testid="position-listed" data-listed={listed}>
        {listed ? t('emp.positions.listed') : t('emp.positions.notListed')}
      </Tag>
    </Tooltip>
  );
}
