import { computeCheckChar } from '@bangfu/domain';

/**
 * Personal data no log line or public answer may hold: ID numbers (valid checksum), mobiles, bank
 * accounts. A number counts only standing alone, not inside a longer run of letters and digits: the
 * last group of a UUID ('…-14976238300a') holds eleven digits that look like a mobile.
 */
export function personalDataIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g))
    if (computeCheckChar(m[0].slice(0, 17)) === m[0][17]!.toUpperCase()) found.push(`id:${m[0]}`);
  for (const m of text.matchAll(/(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/g)) found.push(`phone:${m[0]}`);
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])/g)) found.push(`account:${m[0]}`);
  return found;
}
