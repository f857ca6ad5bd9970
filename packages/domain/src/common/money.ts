import { z } from 'zod';

/** Money is integer fen (分) everywhere: 1 yuan = 100 fen. Never a float. */
export const MAX_FEN = 9_000_000_000_000_000; // below Number.MAX_SAFE_INTEGER

export const FenSchema = z
  .number()
  .int('金额必须是整数分 / amount must be whole fen')
  .min(0, '金额不能为负 / amount cannot be negative')
  .max(MAX_FEN, '金额过大 / amount too large');

/** Formats fen as yuan with two decimals using integer arithmetic only. */
export function formatFenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan.toLocaleString('en-US')}.${cents.toString().padStart(2, '0')}`;
}

/** Parses a yuan string like "1,234.5" into fen without floating-point arithmetic. */
export function parseYuanToFen(input: string): number | null {
  const m = /^\s*(\d{1,15})(?:\.(\d{1,2}))?\s*$/.exec(input.replaceAll(',', ''));
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(2, '0'));
  return whole * 100 + frac;
}
