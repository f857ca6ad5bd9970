/**
 * Every window of the given lengths inside runs of digits (and the ID check letter X) in `text`:
 * one pass over the dump, so looking up thousands of ID numbers, bank accounts and phones stays
 * linear. A secret stored in plain text is such a run or sits inside one, so it cannot slip by.
 */
export function digitWindows(text: string, lengths: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[0-9X]{6,}/g)) {
    const run = m[0];
    for (const len of lengths) for (let i = 0; i + len <= run.length; i++) out.add(run.slice(i, i + len));
  }
  return out;
}

/** The writer tags (`c0-17`) of every generated address (遵义市红花岗区中华路c0-17号) in `text`. */
export function addressTags(text: string): Set<string> {
  return new Set([...text.matchAll(/中华路(c\d+-\d+)号/g)].map((m) => m[1] as string));
}
