import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '@bangfu/api';
import express from 'express';
import { LISTEN_BACKLOG } from '../src/cli/start-server';
import { createHttpApp } from '../src/http/create-http-app';
import type { KioskHttpOptions } from '../src/http/kiosk-http-options';
import type { Logger } from '../src/logger';

export interface RunningApp {
  readonly base: string;
  close(): Promise<void>;
}

const NO_WEB = '/nonexistent/bangfu-bench';

/** Where the bench-only static mount sits; nothing in the product serves this path. */
export const BENCH_STATIC_PREFIX = '/__bench-static';

export interface BenchAppOptions {
  /** Passed to createHttpApp's `kiosk` option (the kiosk rate limit). */
  readonly kiosk?: Partial<KioskHttpOptions>;
  /** A folder served with express.static under BENCH_STATIC_PREFIX, after all of the app's own routes. */
  readonly staticDir?: string;
}

/** The real HTTP app on a free loopback port; the SPAs are not served (their folders do not exist). */
export async function startApp(
  services: AppServices,
  logger: Logger,
  opts: BenchAppOptions = {},
): Promise<RunningApp> {
  const { app } = createHttpApp({
    services,
    logger,
    webDirs: { caseworker: NO_WEB, portal: NO_WEB, kiosk: NO_WEB },
    ...(opts.kiosk ? { kiosk: opts.kiosk } : {}),
  });
  // Mounted on the same Express app, so a static request passes the same metrics and helmet
  // middleware as a tRPC one; only the handler differs.
  if (opts.staticDir) app.use(BENCH_STATIC_PREFIX, express.static(opts.staticDir));
  const server: Server = createServer(app).listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
