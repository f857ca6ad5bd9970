import type { RouterOutputs } from '@bangfu/client';
import { Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useQualityReport } from '../api/use-stats';
import { type ChartClick, EChart } from '../chart/lazy-echart';
import { rankedBars, rankedHeight } from '../chart/options';
import { ChartPanel } from '../components/chart-panel';
import { type FigureColumn, FiguresTable } from '../components/figures-table';
import { formatRatio } from '../components/format';
import { QueryBody } from '../components/query-body';
import { type DashT, useDashT } from '../i18n/use-dash-t';
import type { DrillTo } from '../use-drill-params';

type Quality = RouterOutputs['oversight']['qualityReport'];
type Figures = Quality['total'];
type UnitRow = Figures & { key: string; orgId: string | null; orgName: string };
type RateKey = 'wronglyIncluded' | 'wronglyLeftOut' | 'wronglyExited' | 'missedExit';
const RATES: readonly RateKey[] = ['wronglyIncluded', 'wronglyLeftOut', 'wronglyExited', 'missedExit'];

const rateTitle = (t: DashT, k: RateKey) => t(`dash.q.${k}`);
// The chart plots percents with one decimal; permille is an integer, so this is exact to display.
const percent = (p: number | null) => (p === null ? 0 : p / 10);

/** 识别质量: 错评率、漏评率、错退率、漏退率 per unit, from the checked spot-check items. */
export function QualityTab({ orgId, year, drillTo }: { orgId: string; year?: number; drillTo: DrillTo }) {
  const q = useQualityReport(orgId, year, true);
  return (
    <QueryBody query={q} isEmpty={(d) => d.total.checked === 0}>
      {(data) => <QualityContent data={data} drillTo={drillTo} />}
    </QueryBody>
  );
}

function QualityContent({ data, drillTo }: { data: Quality; drillTo: DrillTo }) {
  const t = useDashT();
  const rows: UnitRow[] = useMemo(
    () =>
      data.byUnit.map((u) => ({
        ...u,
        key: u.orgId,
        // Findings kept at the shown org itself are 本级, not a unit to drill into.
        orgId: u.orgId === data.orgId ? null : u.orgId,
        orgName: u.orgId === data.orgId ? t('dash.thisLevel') : u.orgName,
      })),
    [data, t],
  );
  const option = useMemo(
    () =>
      rankedBars(
        rows.map((r) => r.orgName),
        RATES.map((k) => ({ name: rateTitle(t, k), data: rows.map((r) => percent(r[k].permille)) })),
        (v) => `${v}%`,
      ),
    [rows, t],
  );
  const onClick = useCallback(
    (c: ChartClick) => {
      const id = rows[c.dataIndex]?.orgId;
      if (id) drillTo(id);
    },
    [rows, drillTo],
  );
  const columns: FigureColumn<UnitRow>[] = [
    {
      key: 'name',
      title: t('dash.unit'),
      value: (r) => {
        const id = r.orgId;
        return id ? <Typography.Link onClick={() => drillTo(id)}>{r.orgName}</Typography.Link> : r.orgName;
      },
    },
    { key: 'checked', title: t('dash.q.checked'), value: (r) => r.checked, numeric: true },
    ...RATES.map((k) => ({
      key: k,
      title: rateTitle(t, k),
      value: (r: UnitRow) => (
        <span title={`${r[k].numerator} / ${r[k].denominator}`}>{formatRatio(r[k])}</span>
      ),
      numeric: true,
    })),
  ];
  return (
    <ChartPanel title={t('dash.q.rates')} extra={t('dash.drillHint')}>
      <EChart
        option={option}
        onClick={onClick}
        height={rankedHeight(rows.length * RATES.length)}
        label={t('dash.q.rates')}
        testId="dash-quality-chart"
      />
      <FiguresTable<UnitRow>
        testId="dash-quality"
        rows={rows}
        total={{ ...data.total, key: 'total', orgId: null, orgName: t('dash.total') }}
        columns={columns}
      />
    </ChartPanel>
  );
}
