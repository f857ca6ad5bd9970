import { describe, expect, it } from 'vitest';
import { qualityRates, type SpotCheckRow } from './quality-rates';
import type { SpotCheckOutcome } from './spot-check-sample';

const rows = (
  orgId: string,
  n: number,
  outcome: SpotCheckOutcome,
  wasFiled: boolean,
  wasExited = false,
): SpotCheckRow[] => Array.from({ length: n }, () => ({ orgId, outcome, wasFiled, wasExited }));

// County A: 20 filed checked (2 错评, 1 漏退), 10 not filed (1 漏评), 4 exited (1 错退).
// County B: 3 filed checked, all correct; nothing else checked.
const EXAMPLE: SpotCheckRow[] = [
  ...rows('A', 17, 'CORRECT', true),
  ...rows('A', 2, 'WRONGLY_INCLUDED', true),
  ...rows('A', 1, 'MISSED_EXIT', true),
  ...rows('A', 9, 'CORRECT', false),
  ...rows('A', 1, 'WRONGLY_LEFT_OUT', false),
  ...rows('A', 3, 'CORRECT', true, true),
  ...rows('A', 1, 'WRONGLY_EXITED', true, true),
  ...rows('B', 3, 'CORRECT', true),
];

describe('qualityRates', () => {
  const report = qualityRates(EXAMPLE);

  it('computes 错评率, 漏评率, 错退率 and 漏退率 per org as exact fractions', () => {
    expect(report.byOrg.A).toEqual({
      checked: 34,
      checkedFiled: 20,
      checkedNotFiled: 10,
      checkedExited: 4,
      wronglyIncluded: { numerator: 2, denominator: 20, permille: 100 },
      wronglyLeftOut: { numerator: 1, denominator: 10, permille: 100 },
      wronglyExited: { numerator: 1, denominator: 4, permille: 250 },
      missedExit: { numerator: 1, denominator: 20, permille: 50 },
      inconsistent: 0,
    });
  });

  it('leaves a rate empty when nothing in its group was checked', () => {
    expect(report.byOrg.B?.wronglyIncluded).toEqual({ numerator: 0, denominator: 3, permille: 0 });
    expect(report.byOrg.B?.wronglyLeftOut).toEqual({ numerator: 0, denominator: 0, permille: null });
    expect(report.byOrg.B?.wronglyExited.permille).toBeNull();
  });

  it('totals across orgs from the raw counts, not by averaging rates', () => {
    expect(report.total.wronglyIncluded).toEqual({ numerator: 2, denominator: 23, permille: 87 });
    expect(report.total.missedExit).toEqual({ numerator: 1, denominator: 23, permille: 43 });
    expect(report.total.checked).toBe(EXAMPLE.length);
  });

  it('rounds permille half up and flags outcomes impossible in their group', () => {
    const r = qualityRates([
      ...rows('C', 1, 'WRONGLY_INCLUDED', true),
      ...rows('C', 1999, 'CORRECT', true),
      ...rows('C', 1, 'WRONGLY_EXITED', false),
    ]);
    expect(r.total.wronglyIncluded.permille).toBe(1); // 0.5 ‰ rounds up
    expect(r.total.inconsistent).toBe(1);
    expect(r.total.wronglyLeftOut).toEqual({ numerator: 0, denominator: 1, permille: 0 });
  });
});
