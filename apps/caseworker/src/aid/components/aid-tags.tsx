import { AidRequestStatus, ApprovalLevel, LedgerEntryKind, RecoveryStatus } from '@bangfu/domain';
import { Tag } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';

const REQUEST_COLOR: Record<AidRequestStatus, string> = {
  PENDING_APPROVAL: 'gold',
  APPROVED: 'blue',
  REJECTED: 'red',
  PAID: 'green',
};

/** A request's status; a waiting one names the level it waits for. */
export function RequestStatusTag({ status, level }: { status: AidRequestStatus; level?: ApprovalLevel }) {
  const label = useEnumLabel();
  const text = label(AidRequestStatus, status);
  return (
    <Tag color={REQUEST_COLOR[status]} data-testid="request-status" data-status={status}>
      {status === 'PENDING_APPROVAL' && level ? `${text}(${label(ApprovalLevel, level)})` : text}
    </Tag>
  );
}

export function EntryKindTag({ kind }: { kind: LedgerEntryKind }) {
  const label = useEnumLabel();
  return <Tag color={kind === 'PAYMENT' ? 'green' : 'volcano'}>{label(LedgerEntryKind, kind)}</Tag>;
}

const RECOVERY_COLOR: Record<RecoveryStatus, string> = { DUE: 'gold', SETTLED: 'green', WAIVED: 'default' };

export function RecoveryStatusTag({ status }: { status: RecoveryStatus }) {
  const label = useEnumLabel();
  return <Tag color={RECOVERY_COLOR[status]}>{label(RecoveryStatus, status)}</Tag>;
}
