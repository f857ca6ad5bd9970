/**
 * Exact comparisons of a household's annual amount with a monthly per-person line times a
 * permille multiple. Cross-multiplying in BigInt avoids both rounding and overflow, so a figure
 * exactly on the line compares equal (brief §2.5: "compare without rounding").
 */

/** annualFen ÷ 12 ÷ size compared with lineFen × permille ÷ 1000: negative, zero or positive. */
export function comparePerCapitaMonthly(
  annualFen: number,
  householdSize: number,
  lineFen: number,
  permille: number,
): -1 | 0 | 1 {
  const left = BigInt(annualFen) * 1000n;
  const right = BigInt(lineFen) * BigInt(permille) * 12n * BigInt(householdSize);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** a compared with b × permille ÷ 1000. */
export function compareWithShare(a: number, b: number, permille: number): -1 | 0 | 1 {
  const left = BigInt(a) * 1000n;
  const right = BigInt(b) * BigInt(permille);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Floor division that stays exact for any safe integers (display figures only). */
export function floorDiv(a: number, b: number): number {
  const q = BigInt(a) / BigInt(b);
  const r = BigInt(a) % BigInt(b);
  return Number(r !== 0n && r < 0n !== BigInt(b) < 0n ? q - 1n : q);
}

/** Monthly per-person figure of an annual household amount, floored to fen for display. */
export function monthlyPerCapitaFen(annualFen: number, householdSize: number): number {
  return floorDiv(annualFen, 12 * householdSize);
}

/** lineFen × permille ÷ 1000, floored to fen for display. */
export function scaledLineFen(lineFen: number, permille: number): number {
  return floorDiv(lineFen * permille, 1000);
}
