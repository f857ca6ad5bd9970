import { createServer, type Server } from 'node:http';
import type { Env } from '../env';
import { createHttpApp } from '../http/create-http-app';
import { serverJobs } from '../jobs/jobs';
import { startScheduler } from '../jobs/scheduler';
import type { Logger } from '../logger';
import { openRuntime } from '../runtime';
import { describeDemoAccounts, provision } from './provision';

/** Pending connections the kernel may queue for us (see the listen call). */
export const LISTEN_BACKLOG = 4096;

/** Starts the one server process and shuts it down cleanly on SIGINT/SIGTERM. */
export async function startServer(env: Env, logger: Logger): Promise<Server> {
  const rt = await openRuntime(env, logger);
  await provision(
    rt,
    { households: env.BANGFU_DEMO_HOUSEHOLDS, seed: 2016, adminPassword: env.BANGFU_ADMIN_PASSWORD },
    logger,
  );
  const { app, mounted } = createHttpApp({ services: rt.services, logger });
  const scheduler = startScheduler(serverJobs(rt.services, env, logger), logger);
  void scheduler.runAll();
  // A deep accept queue: on the embedded database a long query blocks the event loop, and with
  // Node's default of 511 a burst of new connections overflowed it and was reset after ≈63 s (the
  // trust suite's load run, 1,200 users). The kernel caps it at net.core.somaxconn.
  const server = createServer(app).listen({ port: env.PORT, host: env.HOST, backlog: LISTEN_BACKLOG });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const base = `http://localhost:${env.PORT}`;
  const lines = [
    '',
    `  帮扶 Bangfu is running (${rt.demoMode ? `embedded PGlite in ${env.dataDir}, demo data` : 'PostgreSQL'})`,
    `    caseworker  ${base}/`,
    `    portal      ${base}/portal/`,
    `    kiosk       ${base}/kiosk/`,
    `    health      ${base}/healthz`,
    ...(mounted.length < 3 ? [`  (built apps found: ${mounted.join(' ') || 'none'} — run pnpm build)`] : []),
    ...(rt.demoMode ? [describeDemoAccounts()] : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    scheduler.stop();
    server.close(() => {
      rt.handle.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    server.closeAllConnections();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return server;
}
