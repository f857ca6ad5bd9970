/** 赔付率 as an exact fraction (reduced) and in permille, rounded half up; null permille when nothing was raised. */
export interface LossRatio {
  readonly numerator: number;
  readonly denominator: number;
  readonly permille: number | null;
}

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Paid ÷ raised, both in fen; integer arithmetic only. */
export function lossRatio(paidFen: number, raisedFen: number): LossRatio {
  if (raisedFen <= 0) return { numerator: paidFen, denominator: raisedFen, permille: null };
  const d = gcd(paidFen, raisedFen) || 1;
  const permille = Number((BigInt(paidFen) * 2000n + BigInt(raisedFen)) / (2n * BigInt(raisedFen)));
  return { numerator: paidFen / d, denominator: raisedFen / d, permille };
}
