import { parseYuanToFen } from '@bangfu/domain';

/**
 * A yuan text box as integer fen for the schema. Blank is 0; text that is not an amount is passed
 * on as it is, so the schema refuses it on its field.
 */
export function fenOf(yuan: string | number | null | undefined): number | string {
  if (yuan === null || yuan === undefined) return 0;
  const text = String(yuan).trim();
  if (text === '') return 0;
  return parseYuanToFen(text) ?? text;
}
