import { inflateRawSync } from 'node:zlib';

/**
 * Every part of a zip (xlsx) as text, read straight from the central directory, so the scan sees
 * what Excel would: shared strings, sheets, comments, headers, document properties.
 */
export function zipPartsText(zip: Buffer): Map<string, string> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const skip = nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + skip;
  }
  return parts;
}

/** The raw XML of every part, and its text with the tags taken out (rich-text runs joined up). */
export function xlsxText(base64: string): string {
  const xml = [...zipPartsText(Buffer.from(base64, 'base64')).values()].join('\n');
  return `${xml}\n${xml.replace(/<[^>]*>/g, '')}`;
}

/**
 * A procedure's answer as searchable text: its JSON, with every base64 workbook decoded in place
 * (a workbook is searched as its parts, not as base64).
 */
export function answerText(answer: unknown): { text: string; workbooks: number } {
  let workbooks = 0;
  const json = JSON.stringify(answer, (key, value) => {
    if (typeof value === 'string' && (key === 'contentBase64' || key === 'base64')) {
      workbooks++;
      return xlsxText(value);
    }
    return value;
  });
  return { text: json ?? '', workbooks };
}

/** Which of the secrets appear anywhere in the text. */
export function secretsFound(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => text.includes(s));
}
