const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A calendar day as a UTC-midnight timestamp, so day arithmetic is plain integer arithmetic. */
export type DayStamp = number;

/** The business date (Asia/Shanghai, no DST) of an instant. */
export function shanghaiDay(now: Date): DayStamp {
  const shifted = now.getTime() + SHANGHAI_OFFSET_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS);
}

export function isoDay(day: DayStamp): string {
  return new Date(day).toISOString().slice(0, 10);
}

export function addDays(day: DayStamp, days: number): DayStamp {
  return day + days * DAY_MS;
}

/**
 * A birth date that makes someone exactly `age` full years old on `today`: somewhere in the year
 * that ends on their last birthday. 29 February anniversaries are moved to 28 February first.
 */
export function birthDayForAge(today: DayStamp, age: number, daysBeforeBirthday: number): DayStamp {
  const t = new Date(today);
  const month = t.getUTCMonth();
  const date = month === 1 && t.getUTCDate() === 29 ? 28 : t.getUTCDate();
  const lastBirthday = new Date(0);
  lastBirthday.setUTCFullYear(t.getUTCFullYear() - age, month, date);
  return addDays(lastBirthday.getTime(), -Math.min(Math.max(daysBeforeBirthday, 0), 364));
}

export function yearOf(day: DayStamp): number {
  return new Date(day).getUTCFullYear();
}
