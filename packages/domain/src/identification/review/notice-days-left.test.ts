import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_CALENDAR as cal } from '../assessment/working-calendar';
import { noticeWorkingDaysLeft } from './notice-days-left';

describe('noticeWorkingDaysLeft', () => {
  it.each([
    // The brief's National Day notice: opened 2026-09-30, ends 2026-10-12.
    ['on its first day', '2026-09-30', '2026-10-12', 5],
    ['over the holiday, the make-up Saturday still to come', '2026-10-05', '2026-10-12', 4],
    ['on its last day', '2026-10-12', '2026-10-12', 1],
    ['the day after it ended', '2026-10-13', '2026-10-12', 0],
    ['on a weekend before its last Monday', '2026-11-07', '2026-11-09', 1],
  ] as const)('%s', (_name, today, end, expected) => {
    expect(noticeWorkingDaysLeft(today, end, cal)).toBe(expected);
  });
});
