import type { BarSeries, ChartOption, LineSeries } from './echarts-setup';

export interface SeriesData {
  name: string;
  data: number[];
  /** Bars of the same stack are piled up. */
  stack?: string;
}

type Fmt = (v: number) => string;
const plain: Fmt = (v) => String(v);

const tooltip = (fmt: Fmt): ChartOption['tooltip'] => ({
  trigger: 'axis',
  axisPointer: { type: 'shadow' },
  valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : String(v ?? '')),
});

function bars(series: SeriesData[]): BarSeries[] {
  return series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: s.stack, barMaxWidth: 36 }));
}

/** Horizontal bars, largest first at the top: a ranking of units. */
export function rankedBars(names: string[], series: SeriesData[], fmt: Fmt = plain): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: tooltip(fmt),
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt(v) } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
    series: bars(series),
  };
}

/** Vertical bars over categories (years, programmes), optionally stacked, optionally with lines. */
export function columnBars(
  categories: string[],
  series: SeriesData[],
  fmt: Fmt = plain,
  lines: SeriesData[] = [],
): ChartOption {
  const lineSeries: LineSeries[] = lines.map((l) => ({
    type: 'line',
    name: l.name,
    data: l.data,
    smooth: false,
  }));
  return {
    aria: { enabled: true },
    tooltip: tooltip(fmt),
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => fmt(v) } },
    series: [...bars(series), ...lineSeries],
  };
}

/** A donut of shares (categories of households). */
export function donut(items: { name: string; value: number }[], fmt: Fmt = plain): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? fmt(v) : String(v ?? '')) },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: items,
        label: { formatter: '{b}\n{d}%' },
      },
    ],
  };
}

/** Chart height for `n` ranked bars. */
export const rankedHeight = (n: number): number => Math.max(200, 40 + n * 26);
