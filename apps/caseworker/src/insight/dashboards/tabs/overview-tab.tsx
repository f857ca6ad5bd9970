import { HardshipCategory, HardshipCause, type OverviewDto, type StatsScopeInput } from '@bangfu/domain';
import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useEnumLabel } from '../../../i18n/use-enum-label';
import { useScopeStats } from '../api/use-stats';
import { EChart } from '../chart/lazy-echart';
import { columnBars, donut } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { FiguresTable } from '../components/figures-table';
import { formatRatio } from '../components/format';
import { NoFigures, QueryBody } from '../components/query-body';
import { StatCards } from '../components/stat-cards';
import { useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';
import { ChildrenRanking } from './children-ranking';

/** 概览: headline counts, the category and cause make-up, and the units below ranked. */
export function OverviewTab({ scope, drillTo }: { scope: StatsScopeInput; drillTo: DrillTo }) {
  const overview = useScopeStats('overview', scope);
  return (
    <QueryBody query={overview}>{(data) => <OverviewContent data={data} drillTo={drillTo} />}</QueryBody>
  );
}

function OverviewContent({ data, drillTo }: { data: OverviewDto; drillTo: DrillTo }) {
  const t = useDashT();
  const label = useEnumLabel();
  const categories = useMemo(
    () => data.byCategory.map((c) => ({ ...c, key: c.category, name: label(HardshipCategory, c.category) })),
    [data.byCategory, label],
  );
  const causes = useMemo(
    () => data.byCause.map((c) => ({ ...c, key: c.cause, name: label(HardshipCause, c.cause) })),
    [data.byCause, label],
  );
  const pie = useMemo(
    () => donut(categories.map((c) => ({ name: c.name, value: c.households }))),
    [categories],
  );
  const causeBars = useMemo(
    () =>
      columnBars(
        causes.map((c) => c.name),
        [{ name: t('dash.households'), data: causes.map((c) => c.households) }],
      ),
    [causes, t],
  );
  const countColumns = (first: string) => [
    { key: 'name', title: first, value: (r: { name: string }) => r.name },
    {
      key: 'households',
      title: t('dash.households'),
      value: (r: { households: number }) => r.households,
      numeric: true,
    },
    { key: 'people', title: t('dash.people'), value: (r: { people: number }) => r.people, numeric: true },
  ];
  return (
    <>
      <StatCards
        cards={[
          { key: 'onfile-households', title: t('dash.ov.onFile'), value: data.onFile.households },
          { key: 'onfile-people', title: t('dash.ov.onFilePeople'), value: data.onFile.people },
          { key: 'in-process', title: t('dash.ov.inProcess'), value: data.inProcess.households },
          { key: 'exited', title: t('dash.ov.exited'), value: data.exited.households },
          { key: 'skill', title: t('dash.ov.skill'), value: formatRatio(data.skill) },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <ChartPanel title={t('dash.ov.byCategory')}>
            {categories.length === 0 ? (
              <NoFigures />
            ) : (
              <>
                <EChart option={pie} label={t('dash.ov.byCategory')} testId="dash-category-chart" />
                <FiguresTable
                  testId="dash-category"
                  columns={countColumns(t('dash.ov.category'))}
                  rows={categories}
                />
              </>
            )}
          </ChartPanel>
        </Col>
        <Col xs={24} lg={12}>
          <ChartPanel title={t('dash.ov.byCause')}>
            {causes.length === 0 ? (
              <NoFigures />
            ) : (
              <>
                <EChart option={causeBars} label={t('dash.ov.byCause')} />
                <FiguresTable testId="dash-cause" columns={countColumns(t('dash.ov.cause'))} rows={causes} />
              </>
            )}
          </ChartPanel>
        </Col>
      </Row>
      <ChildrenRanking data={data} drillTo={drillTo} />
    </>
  );
}
