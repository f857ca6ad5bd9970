import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FenSchema, formatFenAsYuan, parseYuanToFen } from './money';

describe('money in fen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123_456, '1,234.56'],
    [-100, '-1.00'],
  ])('formats %i fen as %s yuan', (fen, text) => expect(formatFenAsYuan(fen)).toBe(text));

  it.each([
    ['12', 1200],
    ['12.3', 1230],
    ['1,234.56', 123_456],
    ['0.07', 7],
  ])('parses %s yuan', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

  it.each(['', 'abc', '1.234', '-5', '1e3'])('refuses %j', (text) => expect(parseYuanToFen(text)).toBeNull());

  it('round-trips any amount exactly (no floating point)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        expect(parseYuanToFen(formatFenAsYuan(fen))).toBe(fen);
      }),
    );
  });

  it('accepts only whole, non-negative fen', () => {
    expect(FenSchema.safeParse(100).success).toBe(true);
    expect(FenSchema.safeParse(0.5).success).toBe(false);
    expect(FenSchema.safeParse(-1).success).toBe(false);
  });
});
