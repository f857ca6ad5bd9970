import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentShare, ratio } from './share';

describe('percentShare', () => {
  it('gives the 2016 report shares', () => {
    expect(percentShare(35_126, 197_392)).toBe('17.80');
    expect(percentShare(101_938, 197_392)).toBe('51.64');
    expect(percentShare(60_328, 197_392)).toBe('30.56');
  });

  it('rounds half up and handles the edges', () => {
    expect(percentShare(1, 8)).toBe('12.50');
    expect(percentShare(1, 80_000)).toBe('0.00'); // 0.00125 % → 0.00
    expect(percentShare(1, 40_000)).toBe('0.00'); // 0.0025 % → 0.00 (half of a basis point rounds the basis point)
    expect(percentShare(1, 20_000)).toBe('0.01'); // 0.005 % → 0.01
    expect(percentShare(3, 3)).toBe('100.00');
    expect(percentShare(0, 0)).toBe('0.00');
  });

  it('is within half a basis point of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.nat(), (whole, k) => {
        const part = k % (whole + 1);
        const [int, dec] = percentShare(part, whole).split('.');
        const bp = Number(int) * 100 + Number(dec);
        // |bp/10000 − part/whole| ≤ 1/20000, in integers
        expect(Math.abs(bp * 2 * whole - part * 20_000)).toBeLessThanOrEqual(whole);
      }),
    );
  });
});

describe('ratio', () => {
  it('floors permille and has none for an empty denominator', () => {
    expect(ratio(2, 3)).toEqual({ numerator: 2, denominator: 3, permille: 666 });
    expect(ratio(0, 0).permille).toBeNull();
  });
});
