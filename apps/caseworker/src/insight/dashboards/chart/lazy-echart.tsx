import { Skeleton } from 'antd';
import { type ComponentProps, lazy, Suspense } from 'react';
import type { EChart as EChartImpl } from './echart';

export type { ChartClick } from './echart';

// ECharts is loaded only when a chart is first shown, so the rest of the app does not carry it.
const Impl = lazy(() => import('./echart').then((m) => ({ default: m.EChart })));

/** The ECharts wrapper, code-split; a skeleton of the chart's height while it loads. */
export function EChart(props: ComponentProps<typeof EChartImpl>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 300 }} />}>
      <Impl {...props} />
    </Suspense>
  );
}
