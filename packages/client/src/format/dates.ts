import type { Lang } from '../i18n/lang';

/** The business time zone: every instant is shown as Beijing time, wherever the browser is. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const NONE = '—';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const instantFormats = new Map<Lang, Intl.DateTimeFormat>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f =
      lang === 'en'
        ? new Intl.DateTimeFormat('en-GB', {
            timeZone: 'UTC',
            year: 'numeric',
            month: 'short',
            day: 'numeric',
          })
        : new Intl.DateTimeFormat('zh-CN', {
            timeZone: 'UTC',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          });
    dateFormats.set(lang, f);
  }
  return f;
}

function instantFormat(lang: Lang): Intl.DateTimeFormat {
  let f = instantFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: BUSINESS_TIME_ZONE,
      year: 'numeric',
      month: lang === 'en' ? 'short' : '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    instantFormats.set(lang, f);
  }
  return f;
}

/**
 * A calendar date from the wire ('YYYY-MM-DD'). It has no time zone, so it is formatted as UTC
 * to keep the day it names: '2024/01/05' (zh-CN) or '5 Jan 2024' (en).
 */
export function formatDate(isoDate: string | null | undefined, lang: Lang): string {
  const m = isoDate ? ISO_DATE.exec(isoDate) : null;
  if (!m) return isoDate || NONE;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dateFormat(lang).format(utc);
}

/** An ISO-8601 instant shown in Beijing time: '2024/01/05 14:03' (zh-CN) or '05 Jan 2024, 14:03' (en). */
export function formatInstant(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return NONE;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return instantFormat(lang).format(t);
}

const businessDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Beijing ('YYYY-MM-DD'), whatever the browser's time zone. The server judges
 * "not in the past" by this day; a browser set to UTC is a day behind between 00:00 and 08:00.
 */
export function businessToday(now: Date = new Date()): string {
  return businessDay.format(now);
}

/** This year in Beijing. */
export function businessYear(now: Date = new Date()): number {
  return Number(businessToday(now).slice(0, 4));
}
