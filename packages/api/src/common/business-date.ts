const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the business time zone (Asia/Shanghai), as YYYY-MM-DD. */
export function businessDate(now: Date): string {
  return FORMAT.format(now);
}
