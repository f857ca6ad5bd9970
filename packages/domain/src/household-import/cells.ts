import type { Label, LabelledEnum } from '../common/labelled-enum';
import { parseYuanToFen } from '../common/money';

/** A cell as the spreadsheet reader hands it over: text, a number typed into Excel, a tick box, or nothing. */
export type HouseholdImportCell = string | number | boolean | null;

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: Label };

export const cellOk = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const cellBad = (zh: string, en: string): CellResult<never> => ({ ok: false, message: { zh, en } });

/** The cell as trimmed text; numbers keep their shortest exact decimal form (1500.5 → '1500.5'). */
export function cellText(cell: HouseholdImportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

export function parseText(text: string, max: number): CellResult<string> {
  if (Array.from(text).length > max) return cellBad(`不能超过${max}字`, `at most ${max} characters`);
  return cellOk(text);
}

/** A Chinese label (as in the template's list) or the stored code; anything else lists the choices. */
export function parseEnumLabel<K extends string>(
  text: string,
  e: LabelledEnum<K>,
  extra: Readonly<Record<string, K>> = {},
): CellResult<K> {
  const found =
    e.values.find((v) => e.labels[v].zh === text || v === text.toUpperCase()) ?? extra[text] ?? null;
  if (found) return cellOk(found);
  const zh = e.values.map((v) => e.labels[v].zh).join('、');
  const en = e.values.map((v) => e.labels[v].en).join(', ');
  return cellBad(`“${text}”不是可选值，可选：${zh}`, `"${text}" is not one of: ${en}`);
}

const LIST_SEPARATORS = /[、,，;；\s]+/;

export function parseEnumList<K extends string>(
  text: string,
  e: LabelledEnum<K>,
  max: number,
  extra: Readonly<Record<string, K>> = {},
): CellResult<K[]> {
  const parts = text.split(LIST_SEPARATORS).filter((p) => p !== '');
  if (parts.length > max) return cellBad(`最多填写${max}项`, `at most ${max} entries`);
  const values: K[] = [];
  for (const part of parts) {
    const one = parseEnumLabel(part, e, extra);
    if (!one.ok) return one;
    values.push(one.value);
  }
  if (new Set(values).size !== values.length) return cellBad('不能重复填写同一项', 'an entry is repeated');
  return cellOk(values);
}

/** Yuan with at most 2 decimals, read from the decimal text so no float ever touches the amount. */
export function parseYuan(text: string): CellResult<number> {
  const plain = text.replaceAll(',', '').replaceAll('，', '');
  if (/^-/.test(plain)) return cellBad('金额不能为负', 'amount cannot be negative');
  if (/^\d+\.\d{3,}$/.test(plain)) return cellBad('金额最多保留两位小数(元)', 'at most 2 decimals (yuan)');
  const fen = parseYuanToFen(plain);
  if (fen === null)
    return cellBad('金额应为以元为单位的数字，如 1500.50', 'amount must be yuan, e.g. 1500.50');
  return cellOk(fen);
}

export function parseYesNo(text: string): CellResult<boolean> {
  if (['是', 'Y', 'y', '1', 'TRUE', 'true'].includes(text)) return cellOk(true);
  if (['否', 'N', 'n', '0', 'FALSE', 'false'].includes(text)) return cellOk(false);
  return cellBad('应填“是”或“否”', 'must be 是 (yes) or 否 (no)');
}

export function parsePattern(text: string, pattern: RegExp, message: Label): CellResult<string> {
  const compact = text.replaceAll(' ', '');
  return pattern.test(compact) ? cellOk(compact) : { ok: false, message };
}
