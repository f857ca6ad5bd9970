/**
 * `fen × permille / 1000`, rounded down to the whole fen with integer arithmetic only. Falls back
 * to BigInt when the product would leave the range where doubles are exact.
 */
export function applyPermille(fen: number, permille: number): number {
  const product = fen * permille;
  if (Number.isSafeInteger(product)) return Math.floor(product / 1000);
  return Number((BigInt(fen) * BigInt(permille)) / 1000n);
}

/** "70%" or "72.5%" for labels, from permille. */
export function formatPermille(permille: number): string {
  return `${permille / 10}%`;
}
