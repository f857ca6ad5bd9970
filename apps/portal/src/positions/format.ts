import { formatFenAsYuan } from '@bangfu/domain';

/** Whole yuan without '.00' ('3,500'), cents kept when there are any. */
function yuan(fen: number): string {
  const text = formatFenAsYuan(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** A monthly salary range as a worker reads it: '3,000–4,500 元/月'; '面议' when none is given. */
export function formatSalary(minFen: number, maxFen: number): string {
  if (maxFen <= 0) return '面议';
  if (minFen <= 0) return `最高 ${yuan(maxFen)} 元/月`;
  if (minFen === maxFen) return `${yuan(maxFen)} 元/月`;
  return `${yuan(minFen)}–${yuan(maxFen)} 元/月`;
}
