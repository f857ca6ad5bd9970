import { formatFen, labelIn, useLang } from '@bangfu/client';
import { PayerKind } from '@bangfu/domain';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { QueryError } from '../../components/query-error';
import type { FundAccounts } from '../api/types';
import { useFundAccounts } from '../api/use-fund';
import { SchemeSelect } from '../components/scheme-select';
import { useMaT } from '../i18n/use-ma-t';
import { MA_FUND_READ_ROLES, MA_MANAGE_ROLES, useHasMaRole } from '../permissions';
import { PayerPaymentModal } from './payer-payment-modal';

type Line = FundAccounts['accounts'][number];

/** 基金账户 of one scheme's term: what each payer owes, has paid and still owes; payments recorded here. */
export function AccountsPage() {
  const t = useMaT();
  const { lang } = useLang();
  const allowed = useHasMaRole(MA_FUND_READ_ROLES);
  const canRecord = useHasMaRole(MA_MANAGE_ROLES);
  const [schemeId, setSchemeId] = useState<string>();
  const [recording, setRecording] = useState(false);
  const accounts = useFundAccounts(schemeId, allowed);
  if (!allowed) return <AidNotAllowed />;
  const data = accounts.data;
  return (
    <Card>
      <Typography.Title level={4}>{t('ma.acc.title')}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SchemeSelect
          value={schemeId}
          onChange={setSchemeId}
          placeholder={t('ma.enrol.scheme')}
          style={{ width: 360 }}
          data-testid="ma-acc-scheme"
        />
        {canRecord && data && data.accounts.length > 0 && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="ma-acc-record">
            {t('ma.acc.record')}
          </Button>
        )}
      </Flex>
      {accounts.isError && <QueryError error={accounts.error} onRetry={() => accounts.refetch()} />}
      {data && (
        <Table<Line>
          size="middle"
          rowKey={(a) => `${a.payer}|${a.payerOrgId ?? ''}`}
          pagination={false}
          loading={accounts.isFetching}
          dataSource={data.accounts}
          locale={{ emptyText: <Empty description={t('ma.acc.empty')} /> }}
          onRow={(a) => ({ 'data-testid': 'ma-acc-row', 'data-payer': a.payer }) as object}
          columns={[
            {
              title: t('ma.acc.payer'),
              render: (_, a) => labelIn(PayerKind.labels[a.payer as PayerKind], lang),
            },
            { title: t('ma.acc.org'), render: (_, a) => a.payerOrgName ?? '—' },
            { title: t('ma.acc.shares'), dataIndex: 'contributions', align: 'right' },
            { title: t('ma.acc.owed'), align: 'right', render: (_, a) => formatFen(a.owedFen) },
            { title: t('ma.acc.paid'), align: 'right', render: (_, a) => formatFen(a.paidFen) },
            {
              title: t('ma.acc.outstanding'),
              align: 'right',
              render: (_, a) => <span data-testid="ma-acc-outstanding">{formatFen(a.outstandingFen)}</span>,
            },
          ]}
          summary={() => (
            <Table.Summary.Row data-testid="ma-acc-total">
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('ma.acc.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {formatFen(data.totals.owedFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {formatFen(data.totals.paidFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {formatFen(data.totals.outstandingFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
      {recording && schemeId && data && (
        <PayerPaymentModal schemeId={schemeId} accounts={data} onClose={() => setRecording(false)} />
      )}
    </Card>
  );
}
