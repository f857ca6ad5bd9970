import { ASSESSMENT_PERMILLE_METRICS, type AssessmentMetric, formatPermilleAsPercent } from '@bangfu/domain';

export const isPermilleMetric = (metric: AssessmentMetric): boolean =>
  ASSESSMENT_PERMILLE_METRICS.includes(metric);

/** A target or actual as shown: a count, or a share for coverage. */
export function showMetricValue(metric: AssessmentMetric, value: number | null): string {
  if (value === null) return '—';
  return isPermilleMetric(metric) ? formatPermilleAsPercent(value) : String(value);
}
