/**
 * Largest-remainder (Hamilton) apportionment in integer arithmetic: splits `total` into parts
 * proportional to `weights` that sum to exactly `total`. Ties in the remainder go to the earlier
 * weight, so the result is deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('weights must be whole numbers ≥ 0');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError('weights must not all be zero');
  if (!Number.isSafeInteger(total * sum))
    throw new RangeError('total × weights exceeds safe integer arithmetic');
  const parts: number[] = [];
  const remainders: { index: number; remainder: number }[] = [];
  let assigned = 0;
  weights.forEach((w, index) => {
    const numerator = total * w;
    const remainder = numerator % sum;
    const quota = (numerator - remainder) / sum;
    parts.push(quota);
    remainders.push({ index, remainder });
    assigned += quota;
  });
  remainders.sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (let k = 0; k < total - assigned; k++) {
    const slot = remainders[k];
    if (slot) parts[slot.index] = (parts[slot.index] ?? 0) + 1;
  }
  return parts;
}

/**
 * 贵州 2016 survey (seed article): 197,392 households — 35,126 低保户, 101,938 低保边缘户,
 * 60,328 意外致困户. The synthetic province keeps these proportions at any size.
 */
export const GUIZHOU_2016_CATEGORY_COUNTS = {
  DIBAO: 35_126,
  DIBAO_EDGE: 101_938,
  ACCIDENT_2016: 60_328,
} as const;
export const GUIZHOU_2016_HOUSEHOLDS = 197_392;

export type SeedCategory = keyof typeof GUIZHOU_2016_CATEGORY_COUNTS;
export const SEED_CATEGORIES: readonly SeedCategory[] = ['DIBAO', 'DIBAO_EDGE', 'ACCIDENT_2016'];

/** The 2016 category mix scaled to `n` households; exact at n = 197,392 and always summing to n. */
export function categoryCounts(n: number): Record<SeedCategory, number> {
  const [dibao = 0, edge = 0, accident = 0] = apportion(
    n,
    SEED_CATEGORIES.map((c) => GUIZHOU_2016_CATEGORY_COUNTS[c]),
  );
  return { DIBAO: dibao, DIBAO_EDGE: edge, ACCIDENT_2016: accident };
}
