import { HouseholdStatus } from '@bangfu/domain';
import { Tag } from 'antd';
import { useEnumLabel } from '../i18n/use-enum-label';

const STATUS_COLOR: Partial<Record<HouseholdStatus, string>> = {
  DRAFT: 'default',
  RETURNED: 'orange',
  FILED: 'green',
  AIDED: 'cyan',
  UNDER_REVIEW: 'gold',
  EXITED_TUOKUN: 'geekblue',
  EXITED_JIEKUN: 'geekblue',
  CANCELLED: 'default',
  REJECTED: 'red',
};

/** States of the identification workflow not listed above are in progress (blue). */
export function StatusTag({ value }: { value: HouseholdStatus }) {
  const label = useEnumLabel();
  return <Tag color={STATUS_COLOR[value] ?? 'blue'}>{label(HouseholdStatus, value)}</Tag>;
}
