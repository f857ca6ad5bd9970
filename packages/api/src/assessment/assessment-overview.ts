import {
  AssessmentMetric,
  type AssessmentProgressStatus,
  type AssessmentQuery,
  type AssessmentScore,
  assessmentScore,
  completionPermille,
  coveragePermille,
  hasAnyRole,
  progressStatus,
  rankAssessmentUnits,
  SET_ASSESSMENT_TARGET_ROLES,
  yearElapsedPermille,
} from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { type Db, loadAssessmentPolicy, type StaffContext } from './assessment-context';
import { countOverdue, noOverdue, type OverdueCounts, overdueParams } from './overdue-tasks';
import { loadActuals, NO_ACTUALS, type UnitActuals } from './progress-actuals';
import { loadUnitTree } from './subordinate-units';
import { loadTargets, targetKey } from './target-rows';

export interface MetricProgress {
  metric: AssessmentMetric;
  target: number | null;
  /** The version to send back when changing the target; null when none is set yet. */
  targetVersion: number | null;
  note: string | null;
  /** A count, or ‰ for VERIFICATION_COVERAGE. */
  actual: number;
  completionPermille: number | null;
  status: AssessmentProgressStatus;
}

export interface UnitAssessment {
  orgId: string;
  code: string;
  name: string;
  kind: string;
  metrics: MetricProgress[];
  coverage: { verified: number; onFile: number };
  overdue: OverdueCounts;
  score: AssessmentScore;
  rank: number;
}

export interface AssessmentOverview {
  year: number;
  asOf: string;
  elapsedPermille: number;
  policyVersion: number;
  /** Deduction per overdue task under that policy. */
  penaltyPermille: number;
  parent: { id: string; name: string; canSetTargets: boolean };
  units: UnitAssessment[];
}

/** Targets, progress, overdue tasks and the ranking of the direct subordinates of a union, for a year. */
export async function loadAssessmentOverview(
  db: Db,
  ctx: StaffContext,
  input: AssessmentQuery,
): Promise<AssessmentOverview> {
  const asOf = businessDate(ctx.now());
  const { parent, units } = await loadUnitTree(db, ctx.actor, input.orgId);
  const policy = await loadAssessmentPolicy(db, asOf);
  const targets = await loadTargets(
    db,
    units.map((u) => u.id),
    input.year,
  );
  const byKey = new Map(targets.map((t) => [targetKey(t.org_id, t.metric), t]));
  const actuals = await loadActuals(db, parent.path, input.year);
  const overdue = await countOverdue(db, parent.path, await overdueParams(db, asOf));
  const elapsed = yearElapsedPermille(input.year, asOf);
  const assessed = units.map((u) => {
    const a = actuals.get(u.path) ?? NO_ACTUALS;
    const metrics = AssessmentMetric.values.map((metric): MetricProgress => {
      const t = byKey.get(targetKey(u.id, metric));
      const actual = actualOf(a, metric);
      const target = t ? t.target_value : null;
      return {
        metric,
        target,
        targetVersion: t?.version ?? null,
        note: t?.note ?? null,
        actual,
        completionPermille: target === null ? null : completionPermille(target, actual),
        status: progressStatus(target, actual, elapsed),
      };
    });
    const o = overdue.get(u.path) ?? noOverdue();
    const score = assessmentScore({
      metrics,
      overdueCount: o.total,
      penaltyPermille: policy.body.overduePenaltyPermille,
    });
    return {
      orgId: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      metrics,
      coverage: { verified: a.verified, onFile: a.onFile },
      overdue: o,
      score,
      scorePermille: score.scorePermille,
    };
  });
  const ranked = rankAssessmentUnits(assessed);
  const rankOf = new Map(ranked.map((r) => [r.orgId, r.rank]));
  return {
    year: input.year,
    asOf,
    elapsedPermille: elapsed,
    policyVersion: policy.version,
    penaltyPermille: policy.body.overduePenaltyPermille,
    parent: {
      id: parent.id,
      name: parent.name,
      canSetTargets:
        parent.id === ctx.actor.orgId && hasAnyRole(ctx.actor.roles, SET_ASSESSMENT_TARGET_ROLES),
    },
    units: assessed.map(({ scorePermille: _s, ...u }) => ({ ...u, rank: rankOf.get(u.orgId) ?? 0 })),
  };
}

function actualOf(a: UnitActuals, metric: AssessmentMetric): number {
  return metric === 'VERIFICATION_COVERAGE' ? coveragePermille(a.verified, a.onFile) : a[metric];
}
