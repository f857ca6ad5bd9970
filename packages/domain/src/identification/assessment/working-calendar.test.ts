import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  DEFAULT_WORKING_CALENDAR as CAL,
  isWorkingDay,
  WorkingCalendarSchema,
  workingDaysBetween,
} from './working-calendar';

describe('working calendar', () => {
  it('parses the default calendar', () => {
    expect(WorkingCalendarSchema.parse(CAL)).toEqual(CAL);
  });

  it('knows weekends, holidays and 调休 make-up workdays', () => {
    expect(isWorkingDay('2026-09-30', CAL)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-10-01', CAL)).toBe(false); // 国庆节
    expect(isWorkingDay('2026-10-10', CAL)).toBe(true); // Saturday, make-up
    expect(isWorkingDay('2026-10-11', CAL)).toBe(false); // plain Sunday
    expect(isWorkingDay('2026-09-20', CAL)).toBe(true); // Sunday, make-up
    expect(isWorkingDay('2025-10-08', CAL)).toBe(false); // 2025 国庆中秋 runs to the 8th
  });

  it('a 5-working-day notice opened on the Friday before 2026 National Day ends on the Friday after', () => {
    // 9-25..27 中秋 off; 9-28, 9-29, 9-30 work; 10-1..7 off; 10-8 Thu, 10-9 Fri.
    expect(addWorkingDays('2026-09-25', 5, CAL)).toBe('2026-10-09');
    // Opened on Wednesday 30 September: day 1 that Wednesday, then Thu 8, Fri 9, Sat 10 (make-up), Mon 12.
    expect(addWorkingDays('2026-09-30', 5, CAL)).toBe('2026-10-12');
    expect(workingDaysBetween('2026-09-30', '2026-10-12', CAL)).toBe(5);
  });

  it('a notice opened during the holiday starts counting on the first working day', () => {
    expect(addWorkingDays('2026-10-03', 1, CAL)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-03', 3, CAL)).toBe('2026-10-10');
  });

  it('spans Spring Festival 2026 (15–23 February off, 14 and 28 February worked)', () => {
    // Thursday 12 Feb: 12, 13, 14 (Sat make-up), then 24, 25.
    expect(addWorkingDays('2026-02-12', 5, CAL)).toBe('2026-02-25');
    expect(workingDaysBetween('2026-02-12', '2026-02-25', CAL)).toBe(5);
    // Friday 27 Feb: 27, 28 (Sat make-up), Mar 2, 3, 4.
    expect(addWorkingDays('2026-02-27', 5, CAL)).toBe('2026-03-04');
  });

  it('without the holiday data the same notice would end too early', () => {
    const bare = { holidays: [], makeUpWorkdays: [] };
    expect(addWorkingDays('2026-09-25', 5, bare)).toBe('2026-10-01');
  });

  it('counts nothing backwards and refuses n < 1', () => {
    expect(workingDaysBetween('2026-03-10', '2026-03-01', CAL)).toBe(0);
    expect(() => addWorkingDays('2026-03-10', 0, CAL)).toThrow(RangeError);
  });
});
