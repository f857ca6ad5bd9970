import type { Label } from '../common/labelled-enum';
import { type AssessmentMetric, AssessmentMetric as MetricEnum } from './assessment-enums';
import { completionPermille, formatPermilleAsPercent } from './assessment-progress';

export interface AssessmentScoreInput {
  metrics: readonly { metric: AssessmentMetric; target: number | null; actual: number }[];
  overdueCount: number;
  /** Deduction per overdue task, from the ASSESSMENT policy. */
  penaltyPermille: number;
}

export interface AssessmentScoreComponent {
  metric: AssessmentMetric;
  target: number;
  actual: number;
  completionPermille: number;
  /** Completion capped at 1000: over-achieving one metric does not hide another. */
  cappedPermille: number;
}

export interface AssessmentScore {
  /** Mean capped completion minus the overdue deduction, in permille (may go below 0). */
  scorePermille: number;
  /** Null when no metric has a target. */
  meanCompletionPermille: number | null;
  components: AssessmentScoreComponent[];
  overdueCount: number;
  penaltyPermille: number;
  deductionPermille: number;
  explanation: Label;
}

/** 综合得分 = mean of the capped completions of the targeted metrics − penalty × overdue tasks. */
export function assessmentScore(input: AssessmentScoreInput): AssessmentScore {
  const components = input.metrics
    .filter((m): m is typeof m & { target: number } => m.target !== null)
    .map((m) => {
      const completion = completionPermille(m.target, m.actual);
      return {
        metric: m.metric,
        target: m.target,
        actual: m.actual,
        completionPermille: completion,
        cappedPermille: Math.min(completion, 1000),
      };
    });
  const sum = components.reduce((s, c) => s + c.cappedPermille, 0);
  const mean = components.length > 0 ? Math.floor(sum / components.length) : null;
  const deduction = input.overdueCount * input.penaltyPermille;
  const scorePermille = (mean ?? 0) - deduction;
  return {
    scorePermille,
    meanCompletionPermille: mean,
    components,
    overdueCount: input.overdueCount,
    penaltyPermille: input.penaltyPermille,
    deductionPermille: deduction,
    explanation: explain(components, mean, input, scorePermille),
  };
}

function explain(
  components: AssessmentScoreComponent[],
  mean: number | null,
  input: AssessmentScoreInput,
  score: number,
): Label {
  const pct = formatPermilleAsPercent;
  const parts = (lang: 'zh' | 'en') =>
    components
      .map((c) => `${MetricEnum.label(c.metric, lang)} ${pct(c.cappedPermille)}`)
      .join(lang === 'zh' ? '、' : ', ');
  const penalty = `${input.overdueCount} × ${pct(input.penaltyPermille)}`;
  if (mean === null) {
    return {
      zh: `未设考核目标,完成率按0计;逾期任务扣分 ${penalty};综合得分 ${pct(score)}`,
      en: `No targets set, completion counts as 0; overdue deduction ${penalty}; score ${pct(score)}`,
    };
  }
  return {
    zh: `${components.length}项指标平均完成率 ${pct(mean)}(${parts('zh')});逾期任务扣分 ${penalty};综合得分 ${pct(score)}`,
    en: `Mean completion of ${components.length} metric(s) ${pct(mean)} (${parts('en')}); overdue deduction ${penalty}; score ${pct(score)}`,
  };
}

/** Ranks units by score, highest first; equal scores in name order (Chinese collation). */
export function rankAssessmentUnits<T extends { orgId: string; name: string; scorePermille: number }>(
  units: readonly T[],
): (T & { rank: number })[] {
  return [...units]
    .sort(
      (a, b) =>
        b.scorePermille - a.scorePermille ||
        a.name.localeCompare(b.name, 'zh-Hans-CN') ||
        a.orgId.localeCompare(b.orgId),
    )
    .map((u, i) => ({ ...u, rank: i + 1 }));
}
