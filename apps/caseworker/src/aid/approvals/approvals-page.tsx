import { approvalRank } from '@bangfu/domain';
import { Button, Card, Empty, Flex, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/current-user';
import { QueryError } from '../../components/query-error';
import type { PaymentRequestRow } from '../api/types';
import { usePaymentRequests } from '../api/use-payments';
import { AidNotAllowed } from '../components/not-allowed';
import { useRequestColumns } from '../components/request-columns';
import { useAidT } from '../i18n/use-aid-t';
import { APPROVE_AID_ROLES, useHasAidRole, useMyApprovalLevel } from '../permissions';
import { DecideModal } from './decide-modal';

/** 帮扶审批: requests in my scope waiting for approval; by default only those my level may decide. */
export function ApprovalsPage() {
  const t = useAidT();
  const me = useCurrentUser();
  const allowed = useHasAidRole(APPROVE_AID_ROLES);
  const myLevel = useMyApprovalLevel();
  const [onlyMine, setOnlyMine] = useState(true);
  const [deciding, setDeciding] = useState<PaymentRequestRow | null>(null);
  const list = usePaymentRequests({ status: 'PENDING_APPROVAL', limit: 200 }, allowed);
  const base = useRequestColumns(true);
  if (!allowed) return <AidNotAllowed />;
  const whyNot = (r: PaymentRequestRow): string | null => {
    if (r.requestedBy === me.id) return t('aid.approve.ownRequest');
    const enough = approvalRank(myLevel) >= approvalRank(r.requiredLevel);
    const viaAcftuRef = r.requiredLevel === 'ACFTU' && myLevel === 'PROVINCE';
    return enough || viaAcftuRef ? null : t('aid.approve.aboveMe');
  };
  const rows = (list.data ?? []).filter((r) => !onlyMine || whyNot(r) === null);
  const columns: TableColumnsType<PaymentRequestRow> = [
    ...base,
    {
      key: 'action',
      fixed: 'right',
      render: (_, r) => {
        const reason = whyNot(r);
        return reason ? (
          <Tag>{reason}</Tag>
        ) : (
          <Button size="small" type="primary" onClick={() => setDeciding(r)} data-testid="approval-decide">
            {t('aid.approve.decide')}
          </Button>
        );
      },
    },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('aid.approve.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <Switch checked={onlyMine} onChange={setOnlyMine} data-testid="approvals-only-mine" />
          {t('aid.approve.mine')}
        </Flex>
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<PaymentRequestRow>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={() => ({ 'data-testid': 'approval-row' }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t('aid.approve.empty')} /> }}
        />
      )}
      {deciding && <DecideModal request={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
