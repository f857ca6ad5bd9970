import { describe, expect, it } from 'vitest';
import { fairIdFrom, screenOptionsFrom } from './fair-param';
import { FIRST_RETRY_MS, retryDelayMs } from './feed/backoff';
import { formatDateRange, formatSalary } from './format';

const FAIR = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('the kiosk URL', () => {
  it('takes a fair id only when it is a UUID', () => {
    expect(fairIdFrom(`?fair=${FAIR.toUpperCase()}`)).toBe(FAIR);
    expect(fairIdFrom('?fair=abc')).toBeNull();
    expect(fairIdFrom('')).toBeNull();
  });

  it('clamps refresh and rotation to sane bounds', () => {
    expect(screenOptionsFrom('')).toEqual({ refreshMs: 60_000, rotateMs: 15_000 });
    expect(screenOptionsFrom('?refresh=1&rotate=999')).toEqual({ refreshMs: 10_000, rotateMs: 120_000 });
    expect(screenOptionsFrom('?refresh=x&rotate=7.5')).toEqual({ refreshMs: 60_000, rotateMs: 15_000 });
  });
});

describe('retry backoff', () => {
  it('doubles from 5 s and never waits longer than the refresh interval', () => {
    const delays = [1, 2, 3, 4, 5, 30].map((n) => retryDelayMs(n, 60_000, 0));
    expect(delays).toEqual([FIRST_RETRY_MS, 10_000, 20_000, 40_000, 60_000, 60_000]);
    expect(retryDelayMs(3, 10_000, 0)).toBe(10_000);
  });

  it('spreads screens by up to 20 %', () => {
    expect(retryDelayMs(1, 60_000, 0.999)).toBeGreaterThanOrEqual(4_000);
    expect(retryDelayMs(1, 60_000, 0.999)).toBeLessThan(FIRST_RETRY_MS);
  });
});

describe('formatting for the screen', () => {
  it('shows pay in whole yuan a month', () => {
    expect(formatSalary(300_000, 450_000)).toBe('3,000–4,500 元/月');
    expect(formatSalary(300_050, 300_050)).toBe('3,000.50 元/月');
    expect(formatSalary(0, 500_000)).toBe('最高 5,000 元/月');
    expect(formatSalary(0, 0)).toBe('面议');
  });

  it('writes a fair’s dates once, the year only where it changes', () => {
    expect(formatDateRange('2026-03-02', '2026-03-06')).toBe('2026年3月2日—3月6日');
    expect(formatDateRange('2026-12-30', '2027-01-02')).toBe('2026年12月30日—2027年1月2日');
    expect(formatDateRange('2026-03-02', '2026-03-02')).toBe('2026年3月2日');
  });
});
