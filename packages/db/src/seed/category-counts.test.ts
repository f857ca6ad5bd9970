import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  categoryCounts,
  GUIZHOU_2016_CATEGORY_COUNTS,
  GUIZHOU_2016_HOUSEHOLDS,
} from './apportion';
import { COUNTY_SLOTS, countyCounts } from './distribution';

const W = GUIZHOU_2016_HOUSEHOLDS;

describe('categoryCounts', () => {
  it('reproduces the 2016 survey exactly at full scale (35,126 / 101,938 / 60,328)', () => {
    expect(categoryCounts(197_392)).toEqual({ DIBAO: 35_126, DIBAO_EDGE: 101_938, ACCIDENT_2016: 60_328 });
  });

  it.each([
    [0, { DIBAO: 0, DIBAO_EDGE: 0, ACCIDENT_2016: 0 }],
    [1, { DIBAO: 0, DIBAO_EDGE: 1, ACCIDENT_2016: 0 }],
    [3, { DIBAO: 0, DIBAO_EDGE: 2, ACCIDENT_2016: 1 }], // quotas 0.53 / 1.55 / 0.92
    [100, { DIBAO: 18, DIBAO_EDGE: 52, ACCIDENT_2016: 30 }], // 17.80 / 51.64 / 30.56
    [20_000, { DIBAO: 3559, DIBAO_EDGE: 10_328, ACCIDENT_2016: 6113 }], // 3559.01 / 10328.48 / 6112.51
  ])('n = %i', (n, expected) => {
    expect(categoryCounts(n)).toEqual(expected);
  });

  it('always sums to n and stays within one household of the exact quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (n) => {
        const counts = categoryCounts(n);
        expect(counts.DIBAO + counts.DIBAO_EDGE + counts.ACCIDENT_2016).toBe(n);
        for (const key of ['DIBAO', 'DIBAO_EDGE', 'ACCIDENT_2016'] as const) {
          // |count − n·w/W| < 1, in integers: |count·W − n·w| < W
          expect(Math.abs(counts[key] * W - n * GUIZHOU_2016_CATEGORY_COUNTS[key])).toBeLessThan(W);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact at every multiple of the survey total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (k) => {
        expect(categoryCounts(k * W)).toEqual({
          DIBAO: k * 35_126,
          DIBAO_EDGE: k * 101_938,
          ACCIDENT_2016: k * 60_328,
        });
      }),
    );
  });
});

describe('apportion', () => {
  it('sums to the total for any weights, each part within one of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 100 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Math.abs(p * sum - total * (weights[i] ?? 0))).toBeLessThan(sum);
          });
        },
      ),
    );
  });

  it('rejects fractional totals, negative weights and all-zero weights', () => {
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(10, [1, -1])).toThrow(RangeError);
    expect(() => apportion(10, [0, 0])).toThrow(RangeError);
  });
});

describe('countyCounts', () => {
  it('covers all 88 counties and sums to n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const counts = countyCounts(n);
        expect(counts).toHaveLength(88);
        expect(COUNTY_SLOTS).toHaveLength(88);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('puts 贵阳 and 遵义 first at province scale', () => {
    const counts = countyCounts(W);
    const byPrefecture = new Map<string, number>();
    COUNTY_SLOTS.forEach((slot, i) => {
      byPrefecture.set(
        slot.prefecture.code,
        (byPrefecture.get(slot.prefecture.code) ?? 0) + (counts[i] ?? 0),
      );
    });
    const ranked = [...byPrefecture].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 2)).toEqual(['520100', '520300']);
  });
});
