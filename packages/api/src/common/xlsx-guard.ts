import { inflateRawSync } from 'node:zlib';
import type { Label } from '@bangfu/domain';

/** How far an uploaded .xlsx may expand before exceljs is allowed to see it. */
export interface XlsxLimits {
  /** All parts together, uncompressed. */
  readonly maxUncompressedBytes: number;
  /** Compression ratio above which a part bigger than 1 MB is taken for a zip bomb. */
  readonly maxRatio: number;
  readonly maxEntries: number;
}

/** 20,000 households with 120,000 members stay well under this; a bomb does not. */
export const HOUSEHOLD_IMPORT_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 200,
};
/** The enrolment sheet has at most 5,000 rows of a dozen columns. */
export const ENROLMENT_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 200,
};

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const NOT_XLSX: Label = { zh: '该文件不是有效的.xlsx文件', en: 'The file is not a valid .xlsx workbook' };
const TOO_BIG: Label = {
  zh: '该文件解压后过大(疑似压缩炸弹)，请检查文件',
  en: 'The file expands to too much data (a zip bomb?); check the file',
};

/** The central directory of a zip, or a reason to refuse it (zip64, encryption and odd methods are refused). */
function readDirectory(zip: Buffer, limits: XlsxLimits): Entry[] | Label {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return NOT_XLSX;
  const count = zip.readUInt16LE(end + 10);
  const cdOffset = zip.readUInt32LE(end + 16);
  if (count === 0 || count > limits.maxEntries) return count === 0 ? NOT_XLSX : TOO_BIG;
  const entries: Entry[] = [];
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== 0x02014b50) return NOT_XLSX;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) return NOT_XLSX;
    entries.push({
      method,
      compressed: zip.readUInt32LE(at + 20),
      uncompressed: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function declaredProblem(entries: Entry[], limits: XlsxLimits): Label | null {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    const ratio = e.uncompressed / Math.max(1, e.compressed);
    if (e.uncompressed > 1024 * 1024 && ratio > limits.maxRatio) return TOO_BIG;
  }
  return total > limits.maxUncompressedBytes ? TOO_BIG : null;
}

/**
 * A cheap check of what the zip says about itself: no inflating. Enough to refuse an honest bomb
 * at once; `xlsxContentProblem` also catches one that lies about its sizes.
 */
export function xlsxDirectoryProblem(zip: Buffer, limits: XlsxLimits): Label | null {
  const entries = readDirectory(zip, limits);
  return Array.isArray(entries) ? declaredProblem(entries, limits) : entries;
}

/**
 * Refuses a workbook before exceljs reads it whole into memory: checks the declared sizes, then
 * inflates each part with a cap of its declared size, so a part that lies stops at the cap.
 */
export function xlsxContentProblem(zip: Buffer, limits: XlsxLimits): Label | null {
  const entries = readDirectory(zip, limits);
  if (!Array.isArray(entries)) return entries;
  const declared = declaredProblem(entries, limits);
  if (declared) return declared;
  for (const e of entries) {
    const local = e.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return NOT_XLSX;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + e.compressed);
    if (e.method === 0) {
      if (data.length !== e.uncompressed) return NOT_XLSX;
      continue;
    }
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
      if (out.length !== e.uncompressed) return NOT_XLSX;
    } catch (err) {
      return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? TOO_BIG : NOT_XLSX;
    }
  }
  return null;
}
