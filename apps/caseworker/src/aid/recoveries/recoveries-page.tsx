import { formatFen, formatInstant, useLang } from '@bangfu/client';
import { RecoverySource } from '@bangfu/domain';
import { Button, Card, Empty, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { RecoveryRow } from '../api/types';
import { useRecoveries } from '../api/use-payments';
import { RecoveryStatusTag } from '../components/aid-tags';
import { AidNotAllowed } from '../components/not-allowed';
import { useAidT } from '../i18n/use-aid-t';
import { PAY_AID_ROLES, READ_AID_ROLES, useHasAidRole, WAIVE_RECOVERY_ROLES } from '../permissions';
import { RecoveryActionModal } from './recovery-action-modal';

/** 待追回: recoveries due in my scope; a fund officer settles them, an admin may waive one. */
export function RecoveriesPage() {
  const t = useAidT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const allowed = useHasAidRole(READ_AID_ROLES);
  const canSettle = useHasAidRole(PAY_AID_ROLES);
  const canWaive = useHasAidRole(WAIVE_RECOVERY_ROLES);
  const list = useRecoveries({ status: 'DUE', limit: 200 }, allowed);
  const [acting, setActing] = useState<{ row: RecoveryRow; action: 'settle' | 'waive' } | null>(null);
  if (!allowed) return <AidNotAllowed />;
  const columns: TableColumnsType<RecoveryRow> = [
    { key: 'at', title: t('aid.pay.requestedAt'), render: (_, r) => formatInstant(r.createdAt, lang) },
    {
      key: 'household',
      title: t('aid.pay.household'),
      render: (_, r) => <Link to={`/households/${r.householdId}`}>{t('aid.pay.open')}</Link>,
    },
    {
      key: 'amount',
      title: t('aid.ledger.amount'),
      align: 'right',
      render: (_, r) => formatFen(r.amountFen),
    },
    { key: 'source', title: t('aid.recovery.source'), render: (_, r) => label(RecoverySource, r.source) },
    { key: 'reason', title: t('aid.recovery.reason'), dataIndex: 'reason', ellipsis: true },
    { key: 'status', title: t('aid.pay.status'), render: (_, r) => <RecoveryStatusTag status={r.status} /> },
    {
      key: 'action',
      fixed: 'right',
      render: (_, r) => (
        <Space>
          {canSettle && (
            <Button
              size="small"
              type="primary"
              onClick={() => setActing({ row: r, action: 'settle' })}
              data-testid="recovery-settle"
            >
              {t('aid.recovery.settle')}
            </Button>
          )}
          {canWaive && (
            <Button
              size="small"
              onClick={() => setActing({ row: r, action: 'waive' })}
              data-testid="recovery-waive"
            >
              {t('aid.recovery.waive')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('aid.recovery.title')}
      </Typography.Title>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<RecoveryRow>
          rowKey="id"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={() => ({ 'data-testid': 'recovery-row' }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t('aid.recovery.empty')} /> }}
        />
      )}
      {acting && (
        <RecoveryActionModal recovery={acting.row} action={acting.action} onClose={() => setActing(null)} />
      )}
    </Card>
  );
}
