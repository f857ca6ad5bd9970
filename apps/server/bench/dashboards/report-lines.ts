import { ms } from '../progress';
import type { DashboardsResult } from './measure-dashboards';

const x = (r: number): string => `${r.toFixed(2)}×`;

/** Issue 7 as Markdown (pasteable into docs/performance.md). */
export function dashboardLines(r: DashboardsResult): string[] {
  return [
    'Dashboards (ms; floor = the naive GROUP BY over the raw tables the summary tables replace):',
    '',
    '| dashboard | viewer | HTTP p50 | HTTP p95 | naive p50 | naive p95 | ratio p50 | ratio p95 |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...r.timings.map(
      (t) =>
        `| \`stats.${t.dashboard}\` | ${t.viewer} | ${ms(t.http.p50)} | ${ms(t.http.p95)} | ` +
        `${ms(t.naive.p50)} | ${ms(t.naive.p95)} | ${x(t.ratio.p50)} | ${x(t.ratio.p95)} |`,
    ),
    '',
    `Survey report (province, counted directly): p50 ${ms(r.report.p50)} ms, p95 ${ms(r.report.p95)} ms; ` +
      `${r.reportTotals.households.toLocaleString('en')} households / ${r.reportTotals.people.toLocaleString('en')} people; ` +
      `categories ${r.categories.map((c) => `${c.key} ${c.households.toLocaleString('en')} (${c.share}%)`).join(', ')}` +
      `${r.matches2016Table === null ? '' : r.matches2016Table ? ' — equals the 2016 survey table' : ' — ⚠ differs from the 2016 table'}; ` +
      `overview on file ${r.overviewEqualsDirect ? 'equals' : '⚠ differs from'} the direct count.`,
  ];
}
