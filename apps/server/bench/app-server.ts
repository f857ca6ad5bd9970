import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '@bangfu/api';
import { createHttpApp } from '../src/http/create-http-app';
import type { Logger } from '../src/logger';

export interface RunningApp {
  readonly base: string;
  close(): Promise<void>;
}

const NO_WEB = '/nonexistent/bangfu-bench';

/** The real HTTP app on a free loopback port; the SPAs are not served (their folders do not exist). */
export async function startApp(services: AppServices, logger: Logger): Promise<RunningApp> {
  const { app } = createHttpApp({
    services,
    logger,
    webDirs: { caseworker: NO_WEB, portal: NO_WEB, kiosk: NO_WEB },
  });
  const server: Server = app.listen(0, '127.0.0.1');
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
