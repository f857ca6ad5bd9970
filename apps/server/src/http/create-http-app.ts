import { fileURLToPath } from 'node:url';
import { type AppServices, appRouter, createContext } from '@bangfu/api';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { sql } from 'kysely';
import type { Logger } from '../logger';
import { accessLog } from './access-log';
import { cookieJar, workerCookieJar } from './cookies';
import { kioskEtag } from './kiosk-etag';
import { DEFAULT_KIOSK_HTTP_OPTIONS, type KioskHttpOptions } from './kiosk-http-options';
import { kioskRateLimit } from './kiosk-rate-limit';
import { Metrics } from './metrics';
import { mountSpa } from './static-apps';

export const CSRF_HEADER = 'x-bangfu-csrf';

const webDir = (app: string): string => fileURLToPath(new URL(`../../${app}/dist`, import.meta.url));

export interface HttpAppOptions {
  services: AppServices;
  logger: Logger;
  /** Where the built SPAs live; defaults to the sibling apps' dist folders. */
  webDirs?: { caseworker: string; portal: string; kiosk: string };
  /** The kiosk's rate limit; defaults to DEFAULT_KIOSK_HTTP_OPTIONS. */
  kiosk?: Partial<KioskHttpOptions>;
}

export function createHttpApp({ services, logger, webDirs, kiosk }: HttpAppOptions): {
  app: Express;
  mounted: string[];
} {
  const app = express();
  const metrics = new Metrics();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(metrics.middleware());
  app.use(accessLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd injects its CSS-in-JS as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await sql`select 1`.execute(services.db);
      res.json({ ok: true, db: 'ok' });
    } catch {
      res.status(503).json({ ok: false, db: 'unavailable' });
    }
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metrics.render());
  });

  // The public kiosk procedures: rate-limited per address, then cached by ETag.
  app.use('/trpc', kioskRateLimit({ ...DEFAULT_KIOSK_HTTP_OPTIONS, ...kiosk }), kioskEtag());
  // Household files from Excel travel base64-encoded in the body (10,000 households ≈ 2.3 MB);
  // only these two procedures take more than the 1 MB every other call is held to.
  app.use(['/trpc/householdImport.dryRun', '/trpc/householdImport.start'], express.json({ limit: '60mb' }));
  app.use(
    '/trpc',
    express.json({ limit: '1mb' }),
    createExpressMiddleware({
      router: appRouter,
      maxBatchSize: 20,
      createContext: async ({ req, res }) => {
        const ctx = await createContext(services, {
          ip: req.ip ?? null,
          userAgent: req.get('user-agent') ?? null,
          cookies: cookieJar(req, res, services.auth.secureCookies),
          workerCookies: workerCookieJar(req, res, services.auth.secureCookies),
          csrfOk: req.get(CSRF_HEADER) === '1',
        });
        // Who sent it, for the access log (ids only).
        res.locals.who = { userId: ctx.actor?.userId, householdId: ctx.worker?.householdId };
        return ctx;
      },
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          logger.error('procedure failed', { path, error: String(error.cause?.stack ?? error.message) });
        } else if (error.code === 'SERVICE_UNAVAILABLE') {
          logger.warn('database unavailable', { path, error: String(error.cause?.message ?? error.message) });
        }
      },
    }),
  );

  const dirs = webDirs ?? {
    caseworker: webDir('caseworker'),
    portal: webDir('portal'),
    kiosk: webDir('kiosk'),
  };
  const mounted: string[] = [];
  if (mountSpa(app, { prefix: '/portal', dir: dirs.portal })) mounted.push('/portal/');
  if (mountSpa(app, { prefix: '/kiosk', dir: dirs.kiosk })) mounted.push('/kiosk/');
  if (mountSpa(app, { prefix: '', dir: dirs.caseworker })) mounted.push('/');
  return { app, mounted };
}
