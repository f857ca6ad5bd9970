import { HardshipCategory, type OverviewDto } from '@bangfu/domain';
import { useCallback, useMemo } from 'react';
import { useEnumLabel } from '../../../i18n/use-enum-label';
import { type ChartClick, EChart } from '../chart/lazy-echart';
import { rankedBars, rankedHeight } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { ChildCell, childKey, childRowData } from '../components/child-cell';
import { FiguresTable } from '../components/figures-table';
import { useChildName } from '../components/format';
import { NoFigures } from '../components/query-body';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';

type ChildRow = OverviewDto['byChild'][number] & { key: string };

/** The units below, ranked by households on file; a bar or a name drills into the unit. */
export function ChildrenRanking({ data, drillTo }: { data: OverviewDto; drillTo: DrillTo }) {
  const t = useDashT();
  const label = useEnumLabel();
  const name = useChildName();
  const rows: ChildRow[] = useMemo(
    () =>
      [...data.byChild]
        .sort((a, b) => b.values.households - a.values.households)
        .map((r) => ({ ...r, key: childKey(r.org) })),
    [data.byChild],
  );
  const categories = useMemo(
    () => HardshipCategory.values.filter((c) => rows.some((r) => (r.values.byCategory[c] ?? 0) > 0)),
    [rows],
  );
  const option = useMemo(
    () =>
      rankedBars(
        rows.map((r) => name(r.org)),
        [{ name: t('dash.households'), data: rows.map((r) => r.values.households) }],
      ),
    [rows, name, t],
  );
  const onClick = useCallback(
    (c: ChartClick) => {
      const org = rows[c.dataIndex]?.org;
      if (org) drillTo(org.id);
    },
    [rows, drillTo],
  );
  const total: ChildRow = {
    key: 'total',
    org: null,
    values: {
      households: rows.reduce((s, r) => s + r.values.households, 0),
      people: rows.reduce((s, r) => s + r.values.people, 0),
      byCategory: Object.fromEntries(
        categories.map((c) => [c, rows.reduce((s, r) => s + (r.values.byCategory[c] ?? 0), 0)]),
      ),
    },
  };
  return (
    <ChartPanel title={t('dash.ov.byChild')} extra={t('dash.drillHint')} testId="dash-children-panel">
      {rows.length === 0 ? (
        <NoFigures />
      ) : (
        <>
          <EChart
            option={option}
            onClick={onClick}
            height={rankedHeight(rows.length)}
            label={t('dash.ov.byChild')}
            testId="dash-children-chart"
          />
          <FiguresTable<ChildRow>
            testId="dash-children"
            rows={rows}
            total={total}
            rowData={(r) => childRowData(r.org)}
            columns={[
              {
                key: 'name',
                title: t('dash.unit'),
                value: (r) => <ChildCell org={r.org} drillTo={drillTo} />,
              },
              {
                key: 'households',
                title: t('dash.households'),
                value: (r) => r.values.households,
                numeric: true,
              },
              { key: 'people', title: t('dash.people'), value: (r) => r.values.people, numeric: true },
              ...categories.map((c) => ({
                key: c,
                title: label(HardshipCategory, c),
                value: (r: ChildRow) => r.values.byCategory[c] ?? 0,
                numeric: true,
              })),
            ]}
          />
        </>
      )}
    </ChartPanel>
  );
}
