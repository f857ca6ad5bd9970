import { describe, expect, it } from 'vitest';
import { businessToday, businessYear, formatDate, formatInstant } from './dates';
import { displayBankAccount, displayIdNumber, displayPhone } from './masked';
import { fenToYuanInput, formatFen } from './money';

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123456, '¥1,234.56'],
    [-1200, '-¥12.00'],
    [null, '—'],
    [undefined, '—'],
  ])('%s fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('gives a plain yuan string for inputs', () => {
    expect(fenToYuanInput(123450)).toBe('1234.50');
    expect(fenToYuanInput(null)).toBe('');
  });
});

describe('dates', () => {
  it('keeps the calendar day of a date whatever the zone', () => {
    expect(formatDate('2024-01-05', 'zh-CN')).toBe('2024/01/05');
    expect(formatDate('2024-01-05', 'en')).toBe('5 Jan 2024');
    expect(formatDate(null, 'zh-CN')).toBe('—');
  });

  it('shows instants in Beijing time', () => {
    // 16:30 UTC is 00:30 the next day in Asia/Shanghai.
    expect(formatInstant('2024-01-05T16:30:00Z', 'zh-CN')).toBe('2024/01/06 00:30');
    expect(formatInstant('2024-01-05T16:30:00Z', 'en')).toContain('00:30');
  });

  it("gives today's date in Beijing, a day ahead of UTC after 16:00 UTC", () => {
    expect(businessToday(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(businessToday(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
    expect(businessYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    expect(businessYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});

describe('masked display', () => {
  it('passes masked values through and masks anything else', () => {
    expect(displayIdNumber('520102********0013')).toBe('520102********0013');
    expect(displayIdNumber('520102198001010013')).toBe('520102********0013');
    expect(displayPhone('13812341234')).toBe('138****1234');
    expect(displayBankAccount('6222021234567890123')).toBe('**** **** **** 0123');
    expect(displayIdNumber(null)).toBe('—');
  });
});
