import { formatFen } from '@bangfu/client';
import { RecoverySource } from '@bangfu/domain';
import { Button, Empty, Flex, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { AidPlan, RecoveryRow } from '../api/types';
import { useLedger } from '../api/use-ledger';
import { usePaymentRequests, useRecoveries } from '../api/use-payments';
import { RecoveryStatusTag } from '../components/aid-tags';
import { useLedgerColumns } from '../components/ledger-columns';
import { useRequestColumns } from '../components/request-columns';
import { useAidT } from '../i18n/use-aid-t';
import { OPEN_RECOVERY_ROLES, REQUEST_AID_ROLES, useHasAidRole } from '../permissions';
import { OpenRecoveryModal } from './open-recovery-modal';
import { RequestPaymentModal } from './request-payment-modal';

const rowId = (testId: string) => () => ({ 'data-testid': testId }) as HTMLAttributes<HTMLElement>;

/** This household's payments: requests, what the ledger holds for it, recoveries; and a new request. */
export function HouseholdPayments({ householdId, plan }: { householdId: string; plan: AidPlan | null }) {
  const t = useAidT();
  const label = useEnumLabel();
  const canRequest = useHasAidRole(REQUEST_AID_ROLES);
  const canRecover = useHasAidRole(OPEN_RECOVERY_ROLES);
  const [requesting, setRequesting] = useState(false);
  const [recovering, setRecovering] = useState(false);
  const requests = usePaymentRequests({ householdId, limit: 50 });
  const ledger = useLedger({ householdId, limit: 100 });
  const recoveries = useRecoveries({ householdId, limit: 50 });
  const requestColumns = useRequestColumns(false);
  const ledgerColumns = useLedgerColumns(false);
  const entries = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  const net = entries.reduce((sum, e) => sum + e.amountFen, 0);
  const recoveryColumns: TableColumnsType<RecoveryRow> = [
    {
      key: 'amount',
      title: t('aid.ledger.amount'),
      align: 'right',
      render: (_, r) => formatFen(r.amountFen),
    },
    { key: 'source', title: t('aid.recovery.source'), render: (_, r) => label(RecoverySource, r.source) },
    { key: 'reason', title: t('aid.recovery.reason'), dataIndex: 'reason', ellipsis: true },
    { key: 'status', title: t('aid.pay.status'), render: (_, r) => <RecoveryStatusTag status={r.status} /> },
  ];
  const empty = { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aid.pay.none')} /> };
  return (
    <Flex vertical gap={8} data-testid="household-payments">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('aid.pay.section')}</Typography.Text>
        <Flex gap={8}>
          {canRecover && entries.some((e) => e.kind === 'PAYMENT') && (
            <Button danger onClick={() => setRecovering(true)} data-testid="recovery-open">
              {t('aid.recovery.open')}
            </Button>
          )}
          {canRequest && (
            <Button type="primary" onClick={() => setRequesting(true)} data-testid="pay-request-open">
              {t('aid.pay.request')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs
        size="small"
        items={[
          {
            key: 'requests',
            label: t('aid.pay.requests'),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                loading={requests.isPending}
                columns={requestColumns}
                dataSource={requests.data ?? []}
                locale={empty}
                scroll={{ x: 'max-content' }}
                onRow={rowId('household-request-row')}
              />
            ),
          },
          {
            key: 'ledger',
            label: `${t('aid.pay.entries')}(${t('aid.ledger.net')} ${formatFen(net)})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                loading={ledger.isPending}
                columns={ledgerColumns}
                dataSource={entries}
                locale={empty}
                scroll={{ x: 'max-content' }}
                onRow={rowId('household-ledger-row')}
              />
            ),
          },
          {
            key: 'recoveries',
            label: t('aid.pay.recoveries'),
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                loading={recoveries.isPending}
                columns={recoveryColumns}
                dataSource={recoveries.data ?? []}
                locale={empty}
              />
            ),
          },
        ]}
      />
      {requesting && (
        <RequestPaymentModal householdId={householdId} plan={plan} onClose={() => setRequesting(false)} />
      )}
      {recovering && <OpenRecoveryModal householdId={householdId} onClose={() => setRecovering(false)} />}
    </Flex>
  );
}
