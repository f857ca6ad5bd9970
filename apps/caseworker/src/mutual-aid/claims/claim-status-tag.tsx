import { labelIn, useLang } from '@bangfu/client';
import { ClaimStatus } from '@bangfu/domain';
import { Tag } from 'antd';

const COLORS: Record<ClaimStatus, string> = {
  SUBMITTED: 'default',
  ADJUDICATED: 'blue',
  SECOND_REVIEW: 'purple',
  APPROVED: 'cyan',
  REJECTED: 'red',
  PAID: 'green',
};

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const { lang } = useLang();
  return (
    <Tag color={COLORS[status]} data-testid="ma-claim-status" data-status={status}>
      {labelIn(ClaimStatus.labels[status], lang)}
    </Tag>
  );
}
