import { businessToday, formatFen, labelIn, useLang } from '@bangfu/client';
import { formatPermille, type LossRatio, PayerKind } from '@bangfu/domain';
import { Card, Empty, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { QueryError } from '../../components/query-error';
import { useDivisionName } from '../../employment/components/division-name';
import type { FundStatistics } from '../api/types';
import { useFundStatistics } from '../api/use-claims';
import { SchemeSelect, useScheme } from '../components/scheme-select';
import { useMaT } from '../i18n/use-ma-t';
import { FUND_REPORT_ROLES, useHasMaRole } from '../permissions';
import { WhatIfCard } from './what-if-card';

type Row = FundStatistics['rows'][number] & { key: string };
const ratio = (r: LossRatio) => (r.permille === null ? '—' : formatPermille(r.permille));

/** 基金统计 per scheme and region for a year, with the total; a what-if for one chosen scheme. */
export function StatisticsPage() {
  const t = useMaT();
  const { lang } = useLang();
  const division = useDivisionName();
  const allowed = useHasMaRole(FUND_REPORT_ROLES);
  const [year, setYear] = useState(() => Number(businessToday().slice(0, 4)));
  const [schemeId, setSchemeId] = useState<string>();
  const scheme = useScheme(schemeId);
  const stats = useFundStatistics({ year, schemeId }, allowed);
  if (!allowed) return <AidNotAllowed />;
  const chooseScheme = (id: string | undefined) => setSchemeId(id);
  const data = stats.data;
  const rows: Row[] = (data?.rows ?? []).map((r) => ({ ...r, key: `${r.schemeCode}-${r.divisionCode}` }));
  const payers = (r: FundStatistics['total']) =>
    r.byPayer
      .map(
        (p) =>
          `${labelIn(PayerKind.labels[p.payer], lang)} ${formatFen(p.raisedFen)} / ${formatFen(p.dueFen)}`,
      )
      .join(';');
  return (
    <Card>
      <Typography.Title level={4}>{t('ma.stats.title')}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          prefix={t('ma.stats.year')}
          data-testid="ma-stats-year"
        />
        <SchemeSelect
          allowClear
          value={schemeId}
          onChange={chooseScheme}
          placeholder={t('ma.stats.allSchemes')}
          style={{ width: 360 }}
          data-testid="ma-stats-scheme"
        />
      </Flex>
      {stats.isError && <QueryError error={stats.error} onRetry={() => stats.refetch()} />}
      {data && (
        <Table<Row>
          size="small"
          pagination={false}
          loading={stats.isFetching}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t('ma.stats.empty')} /> }}
          onRow={(r) =>
            ({
              'data-testid': 'ma-stats-row',
              'data-scheme': r.schemeCode,
              'data-region': r.divisionCode,
            }) as object
          }
          columns={[
            { title: t('ma.stats.scheme'), dataIndex: 'schemeCode' },
            { title: t('ma.stats.region'), render: (_, r) => division(r.divisionCode) },
            { title: t('ma.stats.units'), dataIndex: 'units', align: 'right' },
            { title: t('ma.stats.members'), dataIndex: 'members', align: 'right' },
            {
              title: t('ma.stats.raised'),
              align: 'right',
              render: (_, r) => <span data-testid="ma-stats-raised">{formatFen(r.raisedFen)}</span>,
            },
            { title: t('ma.stats.byPayer'), render: (_, r) => payers(r) },
            { title: t('ma.stats.claims'), dataIndex: 'claims', align: 'right' },
            { title: t('ma.stats.recipients'), dataIndex: 'recipients', align: 'right' },
            {
              title: t('ma.stats.paid'),
              align: 'right',
              render: (_, r) => <span data-testid="ma-stats-paid">{formatFen(r.paidFen)}</span>,
            },
            { title: t('ma.stats.lossRatio'), align: 'right', render: (_, r) => ratio(r.lossRatio) },
          ]}
          summary={() => (
            <Table.Summary.Row data-testid="ma-stats-total">
              <Table.Summary.Cell index={0} colSpan={2}>
                {t('ma.stats.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {data.total.units}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {data.total.members}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {formatFen(data.total.raisedFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{payers(data.total)}</Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {data.total.claims}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                {data.total.recipients}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {formatFen(data.total.paidFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">
                {ratio(data.total.lossRatio)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
      {scheme && <WhatIfCard key={`${scheme.id}-${year}`} scheme={scheme} year={year} />}
    </Card>
  );
}
