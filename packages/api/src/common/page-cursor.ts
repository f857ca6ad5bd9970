import { DomainError } from '@bangfu/domain';
import { z } from 'zod';

const CursorSchema = z.tuple([z.string().nullable(), z.uuid()]);

/** An opaque keyset cursor: the sort key and id of the last row a page showed. */
export function encodeCursor(key: string | null, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { key: string | null; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const [key, id] = CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { key, id };
  } catch {
    throw new DomainError('VALIDATION', { zh: '分页参数无效', en: 'Invalid page cursor' });
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cuts the limit + 1 rows a keyset query fetched into a page and the cursor of the next one. */
export function toPage<R extends { id: string }, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
  key: (row: R) => string | null,
): Page<T> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(key(last), last.id) : null,
  };
}
