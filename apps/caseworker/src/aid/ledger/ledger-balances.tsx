import { AidProgramme, FundingSource } from '@bangfu/domain';
import { Col, Row } from 'antd';
import { QueryError } from '../../components/query-error';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useLedgerBalances } from '../api/use-ledger';
import { useAidT } from '../i18n/use-aid-t';
import { BalanceTable } from './balance-table';

/** The year's balances of a union's subtree, per programme and per funding source. */
export function LedgerBalances({ orgId, year }: { orgId: string | undefined; year: number }) {
  const t = useAidT();
  const label = useEnumLabel();
  const balances = useLedgerBalances(orgId, year);
  if (balances.isError) return <QueryError error={balances.error} onRetry={() => balances.refetch()} />;
  const b = balances.data;
  if (!b) return null;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <BalanceTable
          title={t('aid.ledger.byProgramme')}
          testId="balance-programme"
          total={b.total}
          rows={b.byProgramme.map((r) => ({
            ...r,
            key: r.programme,
            name: label(AidProgramme, r.programme),
          }))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <BalanceTable
          title={t('aid.ledger.byFunding')}
          testId="balance-funding"
          total={b.total}
          rows={b.byFundingSource.map((r) => ({
            ...r,
            key: r.fundingSource,
            name: label(FundingSource, r.fundingSource),
          }))}
        />
      </Col>
    </Row>
  );
}
