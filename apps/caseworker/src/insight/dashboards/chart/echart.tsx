import { useEffect, useRef } from 'react';
import { type ChartOption, type ECElementEvent, type EChartsType, init } from './echarts-setup';

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  name: string;
}

interface EChartProps {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  height?: number;
  /** Read out by screen readers; the figures themselves are in the table under the chart. */
  label: string;
  testId?: string;
}

/** An ECharts chart (SVG renderer) that follows its container's size and is disposed on unmount. */
export function EChart({ option, onClick, height = 300, label, testId }: EChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    // Tabs and the side menu change the width without a window resize.
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    const handle = (e: ECElementEvent) =>
      onClick({ dataIndex: e.dataIndex, seriesIndex: e.seriesIndex ?? 0, name: e.name });
    c.on('click', handle);
    return () => {
      c.off('click', handle);
    };
  }, [onClick]);

  return (
    <div
      ref={host}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
