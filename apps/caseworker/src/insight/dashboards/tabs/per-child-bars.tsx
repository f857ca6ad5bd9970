import type { ChildRow, StatsOrgRef } from '@bangfu/domain';
import { useCallback, useMemo } from 'react';
import { type ChartClick, EChart } from '../chart/lazy-echart';
import { rankedBars, rankedHeight } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { ChildCell, childKey, childRowData } from '../components/child-cell';
import { type FigureColumn, FiguresTable } from '../components/figures-table';
import { useChildName } from '../components/format';
import { NoFigures } from '../components/query-body';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';

export type KeyedChild<T> = ChildRow<T> & { key: string };

interface PerChildBarsProps<T> {
  title: string;
  testId: string;
  rows: ChildRow<T>[];
  /** The bars drawn per unit (ranked by the first one). */
  series: { name: string; value: (v: T) => number }[];
  columns: FigureColumn<KeyedChild<T>>[];
  total?: T;
  fmt?: (v: number) => string;
  drillTo: DrillTo;
}

/** A per-unit figure as ranked bars (click drills down) with the table of the same rows. */
export function PerChildBars<T>({
  title,
  testId,
  rows,
  series,
  columns,
  total,
  fmt,
  drillTo,
}: PerChildBarsProps<T>) {
  const t = useDashT();
  const name = useChildName();
  const first = series[0];
  const sorted: KeyedChild<T>[] = useMemo(
    () =>
      [...rows]
        .sort((a, b) => (first ? first.value(b.values) - first.value(a.values) : 0))
        .map((r) => ({ ...r, key: childKey(r.org) })),
    [rows, first],
  );
  const option = useMemo(
    () =>
      rankedBars(
        sorted.map((r) => name(r.org)),
        series.map((s) => ({ name: s.name, data: sorted.map((r) => s.value(r.values)) })),
        fmt,
      ),
    [sorted, series, name, fmt],
  );
  const onClick = useCallback(
    (c: ChartClick) => {
      const org: StatsOrgRef | null | undefined = sorted[c.dataIndex]?.org;
      if (org) drillTo(org.id);
    },
    [sorted, drillTo],
  );
  return (
    <ChartPanel title={title} extra={t('dash.drillHint')} testId={`${testId}-panel`}>
      {sorted.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          <EChart
            option={option}
            onClick={onClick}
            height={rankedHeight(sorted.length * Math.max(1, series.length))}
            label={title}
            testId={`${testId}-chart`}
          />
          <FiguresTable<KeyedChild<T>>
            testId={testId}
            rows={sorted}
            total={total === undefined ? undefined : { key: 'total', org: null, values: total }}
            rowData={(r) => childRowData(r.org)}
            columns={[
              {
                key: 'name',
                title: t('dash.unit'),
                value: (r) => <ChildCell org={r.org} drillTo={drillTo} />,
              },
              ...columns,
            ]}
          />
        </>
      )}
    </ChartPanel>
  );
}
