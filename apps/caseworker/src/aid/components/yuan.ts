import { parseYuanToFen } from '@bangfu/domain';

/**
 * A yuan amount typed by the user as integer fen, parsed from the text (never through a float);
 * `undefined` for an empty box, `null` when the text is not an amount.
 */
export function yuanTextToFen(text: string | undefined | null): number | null | undefined {
  if (text === undefined || text === null || text.trim() === '') return undefined;
  return parseYuanToFen(text);
}
