import { BUSINESS_TIME_ZONE } from '@bangfu/client';
import { useEffect, useState } from 'react';

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BUSINESS_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'long',
});

/** Beijing time, whatever zone the screen's computer is set to. */
export function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="clock" aria-live="off">
      <span className="clock-time">{timeFormat.format(now)}</span>
      <span className="clock-date">{dateFormat.format(now)}</span>
    </div>
  );
}
