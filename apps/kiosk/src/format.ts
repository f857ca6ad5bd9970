import { formatFenAsYuan } from '@bangfu/domain';

/** Whole yuan without '.00' ('3,500'), cents kept when there are any. */
function yuan(fen: number): string {
  const text = formatFenAsYuan(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** A monthly salary range as a visitor reads it: '3,000–4,500 元/月', '面议' when not given. */
export function formatSalary(minFen: number, maxFen: number): string {
  if (maxFen <= 0) return '面议';
  if (minFen <= 0) return `最高 ${yuan(maxFen)} 元/月`;
  if (minFen === maxFen) return `${yuan(maxFen)} 元/月`;
  return `${yuan(minFen)}–${yuan(maxFen)} 元/月`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const m = ISO_DATE.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** '2026年3月2日', or '3月2日' when `withYear` is false. */
export function formatDay(iso: string, withYear = true): string {
  const p = parts(iso);
  if (!p) return iso;
  return withYear ? `${p[0]}年${p[1]}月${p[2]}日` : `${p[1]}月${p[2]}日`;
}

/** '2026年3月2日—3月6日'; one day alone when the fair lasts a day. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDay(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${formatDay(start)}—${formatDay(end, !sameYear)}`;
}
