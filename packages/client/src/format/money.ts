import { formatFenAsYuan } from '@bangfu/domain';

const NONE = '—';

/** Integer fen as '¥1,234.56' ('-¥12.00' when negative); '—' when there is no amount. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return NONE;
  const text = formatFenAsYuan(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/** Fen as a plain yuan string for an input box ('1234.50'), without separators or the sign. */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  return formatFenAsYuan(fen).replaceAll(',', '');
}
