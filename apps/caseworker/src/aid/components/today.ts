import { BUSINESS_TIME_ZONE } from '@bangfu/client';

/** Today's date in Beijing ('YYYY-MM-DD'), whatever the browser's time zone. */
export function businessToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE }).format(now);
}
