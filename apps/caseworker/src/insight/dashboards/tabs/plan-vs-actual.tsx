import type { TrendDto } from '@bangfu/domain';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../chart/lazy-echart';
import { columnBars } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { formatRatio } from '../components/format';
import { useDashT } from '../i18n/use-dash-t';

interface PlanRow {
  key: string;
  year: number;
  target: number;
  actual: number;
}

/** 分批解困脱困: the planned exits of each year beside the exits recorded. */
export function PlanVsActual({ data }: { data: TrendDto }) {
  const t = useDashT();
  const rows: PlanRow[] = useMemo(
    () =>
      data.plannedExits.map((p) => ({
        key: String(p.year),
        year: p.year,
        target: p.target,
        actual: data.years.find((y) => y.year === p.year)?.exited.households ?? 0,
      })),
    [data],
  );
  const option = useMemo(
    () =>
      columnBars(
        rows.map((r) => String(r.year)),
        [
          { name: t('dash.tr.planned'), data: rows.map((r) => r.target) },
          { name: t('dash.tr.exited'), data: rows.map((r) => r.actual) },
        ],
      ),
    [rows, t],
  );
  return (
    <ChartPanel title={t('dash.tr.plan')}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dash.tr.noPlan')} />
      ) : (
        <>
          <EChart option={option} label={t('dash.tr.plan')} height={260} />
          <FiguresTable<PlanRow>
            testId="dash-plan"
            rows={rows}
            columns={[
              { key: 'year', title: t('dash.tr.year'), value: (r) => r.year },
              { key: 'target', title: t('dash.tr.planned'), value: (r) => r.target, numeric: true },
              { key: 'actual', title: t('dash.tr.exited'), value: (r) => r.actual, numeric: true },
              {
                key: 'completion',
                title: t('dash.tr.completion'),
                // Integer permille, floored like the server's ratios.
                value: (r) =>
                  formatRatio({ permille: r.target > 0 ? Math.floor((r.actual * 1000) / r.target) : null }),
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </ChartPanel>
  );
}
