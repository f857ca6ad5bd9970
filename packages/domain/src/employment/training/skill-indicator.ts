export interface SkillRate {
  /** Households with at least one member who completed a course. */
  numerator: number;
  /** Filed households (FILED, AIDED, UNDER_REVIEW). */
  denominator: number;
  /** The share in percent with one decimal, e.g. '37.5'; null when nothing is filed. */
  percent: string | null;
}

/**
 * 1户1技能: the share of filed households with at least one member trained. The fraction is kept
 * exact; the display percent is computed in integers (tenths of a percent, rounded half up) so it
 * never drifts the way `n / d * 100` in floats can (e.g. 1/3 → '33.3', 2/3 → '66.7', 1/8 → '12.5').
 */
export function oneHouseholdOneSkillRate(
  filedHouseholds: number,
  householdsWithCompletedTraining: number,
): SkillRate {
  const d = filedHouseholds;
  const n = householdsWithCompletedTraining;
  if (!Number.isSafeInteger(d) || !Number.isSafeInteger(n) || n < 0 || d < 0 || n > d) {
    throw new RangeError(`invalid skill rate ${n}/${d}`);
  }
  if (d === 0) return { numerator: 0, denominator: 0, percent: null };
  // tenths = round(n * 1000 / d), half up, in integers: floor((2 * n * 1000 + d) / (2 * d)).
  const tenths = Math.floor((2 * n * 1000 + d) / (2 * d));
  const percent = `${Math.floor(tenths / 10)}.${tenths % 10}`;
  return { numerator: n, denominator: d, percent };
}
