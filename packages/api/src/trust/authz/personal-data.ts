import { computeCheckChar } from '@bangfu/domain';

/** Personal data no log line or public answer may hold: ID numbers (valid checksum), mobiles, bank accounts. */
export function personalDataIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g))
    if (computeCheckChar(m[0].slice(0, 17)) === m[0][17]!.toUpperCase()) found.push(`id:${m[0]}`);
  for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g)) found.push(`phone:${m[0]}`);
  for (const m of text.matchAll(/(?<!\d)\d{16,19}(?!\d)/g)) found.push(`account:${m[0]}`);
  return found;
}
