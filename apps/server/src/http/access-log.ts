import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';

// Only the dynamic routes: health probes and static files would drown the requests that matter.
const LOGGED_PREFIXES = ['/trpc/', '/api/'];

/** The request's path without its query: tRPC GET queries carry their input in `?input=`. */
export function pathWithoutQuery(originalUrl: string): string {
  const cut = originalUrl.search(/[?#]/);
  return cut === -1 ? originalUrl : originalUrl.slice(0, cut);
}

/**
 * The access log (等保 asks for one): one `info` line per API request when its response is sent,
 * with the staff user's or the worker's household's id when the request carried a session (the
 * tRPC context puts them in `res.locals.who`). Ids only, never names or numbers.
 */
export function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const path = pathWithoutQuery(req.originalUrl);
    if (LOGGED_PREFIXES.some((p) => path.startsWith(p))) {
      const start = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
        const who = res.locals.who as { userId?: string; householdId?: string } | undefined;
        logger.info('request', { method: req.method, path, status: res.statusCode, ms, ...who });
      });
    }
    next();
  };
}
