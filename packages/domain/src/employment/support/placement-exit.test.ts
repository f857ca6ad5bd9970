import { describe, expect, it } from 'vitest';
import { retentionDueDate } from '../training/retention';
import { type PlacementExitInput, placementSupportsExit } from './placement-exit';

// L = ¥800 (brief §2.5's illustrative line), 低保边缘 exit at 1.5 × L = ¥1,200 per person a month.
const base: PlacementExitInput = {
  placement: { startDate: '2026-01-15', retentionDue: retentionDueDate('2026-01-15') },
  retention: { checkedOn: '2026-07-20', retained: true },
  monthlySalaryFen: 300_000,
  householdSize: 3,
  otherIncomeFen: 80_000,
  line: 80_000,
  thresholdPermille: 1500,
};
const run = (patch: Partial<PlacementExitInput>) => placementSupportsExit({ ...base, ...patch });

describe('placementSupportsExit', () => {
  it('supports 脱困 when retained at six months and the wage lifts PCNI above the line', () => {
    const r = run({});
    expect(r).toMatchObject({ supports: true, code: 'SUPPORTS', pcniFen: 126_666, exitLineFen: 120_000 });
    expect(r.explanation.zh).toContain('¥1,266.66');
    expect(r.explanation.en).toContain('¥1,200.00');
  });

  it.each<[string, Partial<PlacementExitInput>, string]>([
    ['no retention check yet', { retention: { checkedOn: null, retained: null } }, 'NOT_CHECKED'],
    [
      'checked before six months',
      { retention: { checkedOn: '2026-07-14', retained: true } },
      'CHECKED_EARLY',
    ],
    ['left the job', { retention: { checkedOn: '2026-07-20', retained: false } }, 'NOT_RETAINED'],
    ['a wage too low for the family', { monthlySalaryFen: 250_000 }, 'BELOW_LINE'],
    ['a larger family', { householdSize: 4 }, 'BELOW_LINE'],
    ['a stricter threshold (2 × L)', { thresholdPermille: 2000 }, 'BELOW_LINE'],
  ])('does not support it with %s', (_what, patch, code) => {
    const r = run(patch);
    expect(r.supports).toBe(false);
    expect(r.code).toBe(code);
    expect(r.explanation.zh.length).toBeGreaterThan(0);
  });

  it('checks on the due day itself, 2026-08-31 → 2027-02-28', () => {
    const placement = { startDate: '2026-08-31', retentionDue: retentionDueDate('2026-08-31') };
    expect(run({ placement, retention: { checkedOn: '2027-02-28', retained: true } }).supports).toBe(true);
    expect(run({ placement, retention: { checkedOn: '2027-02-27', retained: true } }).code).toBe(
      'CHECKED_EARLY',
    );
  });

  it('needs PCNI strictly above the line, like the exit guard', () => {
    // ¥3,600 total for 3 people is exactly ¥1,200 a head: not above.
    expect(run({ monthlySalaryFen: 280_000 }).code).toBe('BELOW_LINE');
    expect(run({ monthlySalaryFen: 280_003 }).code).toBe('SUPPORTS');
  });

  it('rounds PCNI down, never up, in whole fen', () => {
    expect(run({ monthlySalaryFen: 280_002 }).pcniFen).toBe(120_000);
    expect(run({ monthlySalaryFen: 280_002 }).supports).toBe(false);
  });

  it.each([0, -1, 1.5])('refuses a household size of %s', (householdSize) =>
    expect(() => run({ householdSize })).toThrow(RangeError),
  );
});
