import { formatFen } from '@bangfu/client';
import { App, Button, Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import type { PaymentRequestRow } from '../api/types';
import { usePaymentRequests, usePayRequest } from '../api/use-payments';
import { AidErrorAlert } from '../components/aid-error-alert';
import { AidNotAllowed } from '../components/not-allowed';
import { useRequestColumns } from '../components/request-columns';
import { useAidT } from '../i18n/use-aid-t';
import { PAY_AID_ROLES, useHasAidRole } from '../permissions';

/**
 * 待发放: approved requests a fund officer pays, one or a selection. Each payment is its own
 * request with the version read; a selection stops at the first refusal and shows why.
 */
export function PaymentsPage() {
  const t = useAidT();
  const { modal, message } = App.useApp();
  const allowed = useHasAidRole(PAY_AID_ROLES);
  const list = usePaymentRequests({ status: 'APPROVED', limit: 200 }, allowed);
  const pay = usePayRequest();
  const [selected, setSelected] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const base = useRequestColumns(true);
  if (!allowed) return <AidNotAllowed />;
  const rows = list.data ?? [];
  const payAll = async (targets: PaymentRequestRow[]) => {
    setRunning(true);
    let done = 0;
    try {
      for (const r of targets) {
        await pay.mutateAsync({ requestId: r.id, expectedVersion: r.version });
        done += 1;
      }
    } catch {
      // The alert below shows the refusal; what was paid before it stays paid.
    } finally {
      setRunning(false);
      setSelected([]);
      if (done > 0) message.success(t('aid.payout.paid', { n: done }));
    }
  };
  const confirmPay = (targets: PaymentRequestRow[]) => {
    const total = targets.reduce((s, r) => s + r.amountFen, 0);
    modal.confirm({
      title: t('aid.payout.confirm', { amount: formatFen(total) }),
      okButtonProps: { 'data-testid': 'payout-confirm' },
      onOk: () => payAll(targets),
    });
  };
  const columns: TableColumnsType<PaymentRequestRow> = [
    ...base,
    {
      key: 'action',
      fixed: 'right',
      render: (_, r) => (
        <Button
          size="small"
          type="primary"
          disabled={running}
          onClick={() => confirmPay([r])}
          data-testid="payout-pay"
        >
          {t('aid.payout.pay')}
        </Button>
      ),
    },
  ];
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('aid.payout.title')}
        </Typography.Title>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={running}
          onClick={() => confirmPay(rows.filter((r) => selected.includes(r.id)))}
          data-testid="payout-pay-selected"
        >
          {t('aid.payout.paySelected', { n: selected.length })}
        </Button>
      </Flex>
      <div style={{ marginBottom: 12 }}>
        <AidErrorAlert error={pay.error} onReload={() => list.refetch()} />
      </div>
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
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
          onRow={(r) =>
            ({ 'data-testid': 'payout-row', 'data-request-id': r.id }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: <Empty description={t('aid.payout.empty')} /> }}
        />
      )}
    </Card>
  );
}
