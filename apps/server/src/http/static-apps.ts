import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

export interface SpaMount {
  /** URL prefix, e.g. '/portal' ('' for the caseworker app at the root). */
  prefix: string;
  dir: string;
}

/**
 * Serves a built single-page app: hashed assets are cached for a year, index.html never, and any
 * other GET under the prefix falls back to index.html so client-side routes survive a reload.
 */
export function mountSpa(app: Express, { prefix, dir }: SpaMount): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    `${prefix}/assets`,
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use(prefix || '/', express.static(dir, { index: false, maxAge: 0 }));
  app.get(prefix ? [prefix, `${prefix}/{*rest}`] : '/{*rest}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  });
  return true;
}
