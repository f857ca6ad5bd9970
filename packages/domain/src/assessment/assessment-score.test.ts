import { describe, expect, it } from 'vitest';
import {
  completionPermille,
  coveragePermille,
  formatPermilleAsPercent,
  progressStatus,
  yearElapsedPermille,
} from './assessment-progress';
import { SetAssessmentTargetsSchema } from './assessment-schemas';
import { assessmentScore, rankAssessmentUnits } from './assessment-score';

describe('progress arithmetic', () => {
  it.each([
    [2026, '2025-12-31', 0],
    [2026, '2026-01-01', 2],
    [2026, '2026-07-02', 501],
    [2026, '2026-12-31', 1000],
    [2024, '2024-12-31', 1000],
    [2026, '2027-01-01', 1000],
  ])('year %i on %s is %i‰ gone', (year, asOf, permille) => {
    expect(yearElapsedPermille(year, asOf)).toBe(permille);
  });

  it('floors completion and coverage, never dividing by zero', () => {
    expect(completionPermille(3, 2)).toBe(666);
    expect(completionPermille(0, 0)).toBe(1000);
    expect(completionPermille(4, 6)).toBe(1500);
    expect(coveragePermille(1, 3)).toBe(333);
    expect(coveragePermille(0, 0)).toBe(0);
    expect(formatPermilleAsPercent(853)).toBe('85.3%');
    expect(formatPermilleAsPercent(-40)).toBe('-4.0%');
  });

  it.each([
    [null, 5, 500, 'NO_TARGET'],
    [10, 10, 100, 'MET'],
    [10, 5, 500, 'ON_TRACK'],
    [10, 4, 500, 'BEHIND'],
    [0, 0, 900, 'MET'],
  ] as const)('target %s, actual %i at %i‰ of the year: %s', (target, actual, elapsed, status) => {
    expect(progressStatus(target, actual, elapsed)).toBe(status);
  });
});

describe('assessmentScore', () => {
  it('averages the capped completions of targeted metrics and deducts per overdue task', () => {
    const s = assessmentScore({
      metrics: [
        { metric: 'EXITS', target: 10, actual: 15 },
        { metric: 'TRAININGS', target: 4, actual: 2 },
        { metric: 'PLACEMENTS', target: null, actual: 9 },
      ],
      overdueCount: 3,
      penaltyPermille: 20,
    });
    expect(s).toMatchObject({ meanCompletionPermille: 750, deductionPermille: 60, scorePermille: 690 });
    expect(s.components.map((c) => [c.metric, c.completionPermille, c.cappedPermille])).toEqual([
      ['EXITS', 1500, 1000],
      ['TRAININGS', 500, 500],
    ]);
    expect(s.explanation.zh).toBe(
      '2项指标平均完成率 75.0%(解困脱困户数 100.0%、培训人数 50.0%);逾期任务扣分 3 × 2.0%;综合得分 69.0%',
    );
  });

  it('scores a unit without targets from zero', () => {
    const s = assessmentScore({ metrics: [], overdueCount: 1, penaltyPermille: 20 });
    expect([s.meanCompletionPermille, s.scorePermille]).toEqual([null, -20]);
  });

  it('ranks by score, ties in name order', () => {
    const ranked = rankAssessmentUnits([
      { orgId: 'a', name: '遵义', scorePermille: 500 },
      { orgId: 'b', name: '毕节', scorePermille: 800 },
      { orgId: 'c', name: '安顺', scorePermille: 500 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['毕节', 1],
      ['安顺', 2],
      ['遵义', 3],
    ]);
  });
});

describe('SetAssessmentTargetsSchema', () => {
  const orgId = '0190f5a0-0000-7000-8000-000000000001';
  it('refuses negative targets, coverage above 1000‰ and duplicates', () => {
    const r = SetAssessmentTargetsSchema.safeParse({
      year: 2026,
      targets: [
        { orgId, metric: 'EXITS', targetValue: -1 },
        { orgId, metric: 'VERIFICATION_COVERAGE', targetValue: 1200 },
        { orgId, metric: 'VERIFICATION_COVERAGE', targetValue: 800 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'targets.0.targetValue',
      'targets.1.targetValue',
      'targets.2.metric',
    ]);
  });
});
