import { describe, expect, it } from 'vitest';
import { LIUPANSHUI_SCHEME } from '../scheme';
import { lossRatio } from './loss-ratio';
import { drawSecondReview, secondReviewTicket } from './second-review';
import { applyPlanChanges } from './what-if';

describe('drawSecondReview', () => {
  const policy = { secondReviewSharePermille: 100, secondReviewAboveFen: 2_000_000 };
  it('sends every claim above the line, whatever the draw', () => {
    expect(
      drawSecondReview({ claimId: 'a', payableFen: 2_000_001 }, { ...policy, secondReviewSharePermille: 0 }),
    ).toBe('ABOVE_AMOUNT');
    expect(
      drawSecondReview({ claimId: 'a', payableFen: 2_000_000 }, { ...policy, secondReviewSharePermille: 0 }),
    ).toBeNull();
  });
  it('draws the same way for the same id, and about the configured share of ids', () => {
    expect(secondReviewTicket('0190f0a1-0000-7000-8000-000000000001')).toBe(
      secondReviewTicket('0190f0a1-0000-7000-8000-000000000001'),
    );
    const ids = Array.from(
      { length: 5000 },
      (_, i) => `0190f0a1-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    const drawn = ids.filter(
      (claimId) => drawSecondReview({ claimId, payableFen: 100 }, policy) === 'RANDOM',
    ).length;
    expect(drawn).toBeGreaterThan(350);
    expect(drawn).toBeLessThan(650);
    expect(
      drawSecondReview({ claimId: ids[0]!, payableFen: 0 }, { ...policy, secondReviewSharePermille: 1000 }),
    ).toBeNull();
  });
});

describe('lossRatio', () => {
  it.each([
    [12_000, 18_000, { numerator: 2, denominator: 3, permille: 667 }],
    [12_000, 28_000, { numerator: 3, denominator: 7, permille: 429 }],
    [0, 10_000, { numerator: 0, denominator: 1, permille: 0 }],
    [553_500_000, 12_000_000_000, { numerator: 369, denominator: 8000, permille: 46 }],
    [5, 0, { numerator: 5, denominator: 0, permille: null }],
  ])('%i / %i', (paid, raised, expected) => expect(lossRatio(paid, raised)).toEqual(expected));
});

describe('applyPlanChanges', () => {
  const scheme = LIUPANSHUI_SCHEME;
  it('replaces the changed fields of the named plan only', () => {
    const bands = [{ fromFen: 0, toFen: null, ratePermille: 500, ratePermilleHardship: 800 }];
    const r = applyPlanChanges(scheme, [{ planCode: 'INPATIENT', set: { bands } }]);
    expect(r.ok && r.scheme.plans[0]?.bands).toEqual(bands);
    expect(r.ok && r.scheme.plans[0]?.capPerTermFen).toBe(scheme.plans[0]?.capPerTermFen);
    expect(scheme.plans[0]?.bands[0]?.ratePermilleHardship).toBe(700);
  });
  it('reports an unknown plan code', () => {
    const r = applyPlanChanges(scheme, [{ planCode: 'NOPE', set: {} }]);
    expect(r.ok).toBe(false);
  });
});
