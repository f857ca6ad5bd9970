import type { Ratio } from './stats-dto';

/**
 * A percentage with two decimals, rounded half up, computed in integers: 35126 of 197392 → "17.80".
 * Floats would print 30.56 for 60328/197392 only by luck.
 */
export function percentShare(part: number, whole: number): string {
  if (whole <= 0) return '0.00';
  const basisPoints = Math.floor((part * 20_000 + whole) / (2 * whole));
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return {
    numerator,
    denominator,
    permille: denominator > 0 ? Math.floor((numerator * 1000) / denominator) : null,
  };
}
