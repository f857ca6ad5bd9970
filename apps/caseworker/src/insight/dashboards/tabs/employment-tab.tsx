import type { EmploymentStatsDto, Ratio, StatsScopeInput } from '@bangfu/domain';
import { useMemo } from 'react';
import { useScopeStats } from '../api/use-stats';
import { EChart } from '../chart/lazy-echart';
import { columnBars } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { formatRatio } from '../components/format';
import { NoFigures, QueryBody } from '../components/query-body';
import { StatCards } from '../components/stat-cards';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';
import { PerChildBars } from './per-child-bars';

type YearRow = EmploymentStatsDto['byYear'][number] & { key: string };
type EmpChild = { trained: number; placed: number; retained: number; skill: Ratio };

/** 就业与技能: trained, placed, retained at 6 months, and the 1户1技能 indicator per unit. */
export function EmploymentTab({ scope, drillTo }: { scope: StatsScopeInput; drillTo: DrillTo }) {
  const emp = useScopeStats('employment', scope);
  return (
    <QueryBody query={emp} isEmpty={(d) => d.trained === 0 && d.placed === 0 && d.byChild.length === 0}>
      {(data) => <EmploymentContent data={data} drillTo={drillTo} />}
    </QueryBody>
  );
}

function EmploymentContent({ data, drillTo }: { data: EmploymentStatsDto; drillTo: DrillTo }) {
  const t = useDashT();
  const years: YearRow[] = data.byYear.map((y) => ({ ...y, key: String(y.year) }));
  const option = useMemo(
    () =>
      columnBars(
        years.map((y) => String(y.year)),
        [
          { name: t('dash.emp.trained'), data: years.map((y) => y.trained) },
          { name: t('dash.emp.placed'), data: years.map((y) => y.placed) },
          { name: t('dash.emp.retained'), data: years.map((y) => y.retained) },
        ],
      ),
    [years, t],
  );
  const series = useMemo(
    () => [
      { name: t('dash.emp.trained'), value: (v: EmpChild) => v.trained },
      { name: t('dash.emp.placed'), value: (v: EmpChild) => v.placed },
      { name: t('dash.emp.retained'), value: (v: EmpChild) => v.retained },
    ],
    [t],
  );
  return (
    <>
      <StatCards
        cards={[
          { key: 'emp-trained', title: t('dash.emp.trained'), value: data.trained },
          { key: 'emp-placed', title: t('dash.emp.placed'), value: data.placed },
          {
            key: 'emp-retained',
            title: t('dash.emp.retained'),
            value: `${data.retained} / ${data.retentionChecked}`,
          },
          { key: 'emp-retention', title: t('dash.emp.retention'), value: formatRatio(data.retention) },
          { key: 'emp-skill', title: t('dash.ov.skill'), value: formatRatio(data.skill) },
        ]}
      />
      <ChartPanel title={t('dash.emp.byYear')}>
        {years.length === 0 ? (
          <NoFigures />
        ) : (
          <>
            <EChart option={option} label={t('dash.emp.byYear')} height={260} testId="dash-emp-chart" />
            <FiguresTable<YearRow>
              testId="dash-emp-year"
              rows={years}
              columns={[
                { key: 'year', title: t('dash.tr.year'), value: (r) => r.year },
                { key: 'trained', title: t('dash.emp.trained'), value: (r) => r.trained, numeric: true },
                { key: 'placed', title: t('dash.emp.placed'), value: (r) => r.placed, numeric: true },
                { key: 'retained', title: t('dash.emp.retained'), value: (r) => r.retained, numeric: true },
              ]}
            />
          </>
        )}
      </ChartPanel>
      <PerChildBars<EmpChild>
        title={t('dash.emp.byChild')}
        testId="dash-emp-children"
        rows={data.byChild}
        series={series}
        drillTo={drillTo}
        total={{ trained: data.trained, placed: data.placed, retained: data.retained, skill: data.skill }}
        columns={[
          { key: 'trained', title: t('dash.emp.trained'), value: (r) => r.values.trained, numeric: true },
          { key: 'placed', title: t('dash.emp.placed'), value: (r) => r.values.placed, numeric: true },
          { key: 'retained', title: t('dash.emp.retained'), value: (r) => r.values.retained, numeric: true },
          {
            key: 'skill',
            title: t('dash.ov.skill'),
            value: (r) => formatRatio(r.values.skill),
            numeric: true,
          },
        ]}
      />
    </>
  );
}
