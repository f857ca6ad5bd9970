import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createLogger } from '../logger';
import { createHttpApp, type HttpAppOptions } from './create-http-app';

/** No built web apps: API tests serve only the API. */
export const NO_WEB_DIRS = { caseworker: '/nonexistent', portal: '/nonexistent', kiosk: '/nonexistent' };

export interface Served {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  close(): void;
}

/** Serves an Express app on a free loopback port (tests only). */
export async function serveOnLoopback(app: Express): Promise<Served> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The HTTP app over `services`, logging errors only and without web apps unless told otherwise. */
export async function serveApi(
  services: HttpAppOptions['services'],
  options: Partial<Omit<HttpAppOptions, 'services'>> = {},
): Promise<Served> {
  const { app } = createHttpApp({
    services,
    logger: createLogger('error'),
    webDirs: NO_WEB_DIRS,
    ...options,
  });
  return serveOnLoopback(app);
}
