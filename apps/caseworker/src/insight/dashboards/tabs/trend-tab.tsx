import type { StatsScopeInput, TrendDto, TrendYear } from '@bangfu/domain';
import { useMemo } from 'react';
import { useScopeStats } from '../api/use-stats';
import { EChart } from '../chart/lazy-echart';
import { columnBars } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { QueryBody } from '../components/query-body';
import { useDashT } from '../i18n/use-dash-t';
import { PlanVsActual } from './plan-vs-actual';

type YearRow = TrendYear & { key: string };

/** 趋势: files opened and closed per year with the stock on file, and exits against the plan. */
export function TrendTab({ scope }: { scope: StatsScopeInput }) {
  const trend = useScopeStats('trend', scope);
  return (
    <QueryBody query={trend} isEmpty={(d) => d.years.length === 0}>
      {(data) => <TrendContent data={data} />}
    </QueryBody>
  );
}

function TrendContent({ data }: { data: TrendDto }) {
  const t = useDashT();
  const rows: YearRow[] = useMemo(() => data.years.map((y) => ({ ...y, key: String(y.year) })), [data.years]);
  const option = useMemo(
    () =>
      columnBars(
        rows.map((r) => String(r.year)),
        [
          { name: t('dash.tr.filed'), data: rows.map((r) => r.filed.households) },
          { name: t('dash.tr.exited'), data: rows.map((r) => r.exited.households) },
          { name: t('dash.tr.cancelled'), data: rows.map((r) => r.cancelled.households) },
        ],
        undefined,
        [{ name: t('dash.tr.stock'), data: rows.map((r) => r.stock.households) }],
      ),
    [rows, t],
  );
  return (
    <>
      <ChartPanel title={t('dash.tr.flows')}>
        <EChart option={option} label={t('dash.tr.flows')} testId="dash-trend-chart" />
        <FiguresTable<YearRow>
          testId="dash-trend"
          rows={rows}
          columns={[
            { key: 'year', title: t('dash.tr.year'), value: (r) => r.year },
            { key: 'filed', title: t('dash.tr.filed'), value: (r) => r.filed.households, numeric: true },
            { key: 'exited', title: t('dash.tr.exited'), value: (r) => r.exited.households, numeric: true },
            {
              key: 'cancelled',
              title: t('dash.tr.cancelled'),
              value: (r) => r.cancelled.households,
              numeric: true,
            },
            { key: 'stock', title: t('dash.tr.stock'), value: (r) => r.stock.households, numeric: true },
            {
              key: 'stockPeople',
              title: t('dash.tr.stockPeople'),
              value: (r) => r.stock.people,
              numeric: true,
            },
          ]}
        />
      </ChartPanel>
      <PlanVsActual data={data} />
    </>
  );
}
