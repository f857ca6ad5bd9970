import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { isKioskPath, procedurePaths } from './kiosk-http-options';

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 §13.1.2 asks). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * For GET requests whose procedures are all `kiosk.*`: buffers the tRPC response, gives it a strong
 * ETag (a hash of the body) with `Cache-Control: no-cache`, so every poll revalidates, and answers a
 * matching If-None-Match with 304 and no body. The kiosk then re-downloads a fair only when it changed.
 */
export function kioskEtag() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const paths = procedurePaths(req);
    if (req.method !== 'GET' || paths.length === 0 || !paths.every(isKioskPath)) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown): boolean => {
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      const done = typeof encoding === 'function' ? encoding : cb;
      if (typeof done === 'function') done();
      return true;
    }) as Response['write'];
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown): Response => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
        chunks.push(toBuffer(chunk, encoding));
      }
      const done = [chunk, encoding, cb].find((a) => typeof a === 'function') as (() => void) | undefined;
      const body = Buffer.concat(chunks);
      if (res.statusCode !== 200) return end(body, done);
      const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'no-cache');
      if (matches(req.get('if-none-match'), etag)) {
        res.statusCode = 304;
        res.removeHeader('content-type');
        res.removeHeader('content-length');
        return end(done);
      }
      return end(body, done);
    }) as Response['end'];
    next();
  };
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}
