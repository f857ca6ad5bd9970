import { formatFen } from '@bangfu/client';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { Balance } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';

export interface BalanceRow extends Balance {
  key: string;
  name: string;
}

interface BalanceTableProps {
  title: string;
  rows: BalanceRow[];
  total: Balance;
  testId: string;
}

/**
 * Paid, recovered and net per programme (or funding source), with the year's total beneath. The
 * server folds every view from one read, so the rows add up to the total; the total row shows it.
 */
export function BalanceTable({ title, rows, total, testId }: BalanceTableProps) {
  const t = useAidT();
  const money = (v: number) => formatFen(v);
  const columns: TableColumnsType<BalanceRow> = [
    { key: 'name', title, dataIndex: 'name' },
    { key: 'n', title: t('aid.ledger.entriesCount'), dataIndex: 'entries', align: 'right' },
    { key: 'paid', title: t('aid.ledger.paid'), align: 'right', render: (_, r) => money(r.paidFen) },
    {
      key: 'recovered',
      title: t('aid.ledger.recovered'),
      align: 'right',
      render: (_, r) => money(r.recoveredFen),
    },
    { key: 'net', title: t('aid.ledger.net'), align: 'right', render: (_, r) => money(r.netFen) },
  ];
  return (
    <Table<BalanceRow>
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      data-testid={testId}
      onRow={(r) => ({ 'data-testid': `${testId}-row`, 'data-key': r.key }) as HTMLAttributes<HTMLElement>}
      summary={() => (
        <Table.Summary.Row data-testid={`${testId}-total`}>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('aid.ledger.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {total.entries}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong>{money(total.paidFen)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong>{money(total.recoveredFen)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <Typography.Text strong data-testid={`${testId}-total-net`}>
              {money(total.netFen)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
