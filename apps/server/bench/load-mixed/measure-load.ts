import { performance } from 'node:perf_hooks';
import type { AppServices } from '@bangfu/api';
import { CSRF_HEADER } from '../../src/http/create-http-app';
import { say } from '../progress';
import { runLoadThread } from './load-thread';
import { prepareStaffSessions } from './prepare-staff';
import { prepareWorkerSessions } from './prepare-workers';
import { interleave, type LoadRow, loadRows } from './summary';

/** 张王李刘陈: among the commonest surnames in the generator's list; the caseworker's search box. */
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄'];
/** Long enough for 1,200 connections to open (the listen backlog is 511) and the JIT to warm. */
const WARMUP_SECONDS = 10;

export interface MixedLoadOptions {
  readonly staffSessions: number;
  readonly portalUsers: number;
  readonly seconds: number;
  readonly password: string;
}

export interface MixedLoadResult {
  readonly staffSessions: number;
  readonly staffAccounts: number;
  readonly portalUsers: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly prepare: {
    readonly staffSignInSeconds: number;
    readonly workerAccountsSeconds: number;
    readonly workerSignInSeconds: number;
  };
  /** Per request type, then 'all staff', 'all portal' and 'all'. */
  readonly rows: LoadRow[];
  /** Busy share of the load generator's own event loop (a worker thread); near 1 = client-bound. */
  readonly clientEventLoopUtilization: number;
  /** Busy share of the server's (main) event loop over the timed run. */
  readonly serverEventLoopUtilization: number;
  /** CPU seconds of this whole process (server + client threads) ÷ wall seconds, in cores. */
  readonly processCores: number;
  readonly firstErrors: Record<string, string>;
}

/**
 * 200 staff sessions and 1,000 portal users, each looping requests without think time for
 * `seconds` against the seeded province, over HTTP on the app at `base`.
 */
export async function measureMixedLoad(
  services: AppServices,
  base: string,
  opts: MixedLoadOptions,
): Promise<MixedLoadResult> {
  say(`  load: signing in ${opts.staffSessions} staff sessions (cw.<county> and admin)`);
  const staff = await prepareStaffSessions(services.db, base, opts.password, opts.staffSessions);
  say(
    `    ${staff.users.length} sessions over ${staff.accounts} accounts in ${staff.signInSeconds.toFixed(1)} s`,
  );
  say(`  load: preparing ${opts.portalUsers} portal users (worker_account + portal.signIn)`);
  const workers = await prepareWorkerSessions(services, base, opts.portalUsers);
  say(
    `    accounts in ${workers.accountsSeconds.toFixed(1)} s, sign-ins in ${workers.signInSeconds.toFixed(1)} s; ` +
      `running ${opts.seconds} s after ${WARMUP_SECONDS} s warm-up`,
  );
  const eluStart = performance.eventLoopUtilization();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const outcome = await runLoadThread({
    base,
    csrfHeader: CSRF_HEADER,
    users: interleave(staff.users, workers.users),
    warmupSeconds: WARMUP_SECONDS,
    seconds: opts.seconds,
    surnames: SURNAMES,
  });
  // Over warm-up and run together: the thread reports only when both are done.
  const cpu = process.cpuUsage(cpuStart);
  const wall = (performance.now() - wallStart) / 1000;
  const serverElu = performance.eventLoopUtilization(eluStart).utilization;
  const rows = loadRows(outcome);
  for (const r of rows) {
    say(
      `    ${r.type}: ${r.requestsPerSecond.toFixed(1)} req/s, p50 ${r.p50.toFixed(0)} ms, ` +
        `p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, ${r.ok} ok, errors ${JSON.stringify(r.errors)}, retried ${r.retried}`,
    );
  }
  for (const [type, e] of Object.entries(outcome.firstErrors)) say(`    first error of ${type}: ${e}`);
  say(
    `    client event loop busy ${(outcome.clientEventLoopUtilization * 100).toFixed(0)}%, ` +
      `server event loop busy ${(serverElu * 100).toFixed(0)}%, process CPU ${((cpu.user + cpu.system) / 1e6 / wall).toFixed(2)} cores`,
  );
  return {
    staffSessions: staff.users.length,
    staffAccounts: staff.accounts,
    portalUsers: workers.users.length,
    seconds: outcome.seconds,
    warmupSeconds: WARMUP_SECONDS,
    prepare: {
      staffSignInSeconds: staff.signInSeconds,
      workerAccountsSeconds: workers.accountsSeconds,
      workerSignInSeconds: workers.signInSeconds,
    },
    rows,
    clientEventLoopUtilization: outcome.clientEventLoopUtilization,
    serverEventLoopUtilization: serverElu,
    processCores: (cpu.user + cpu.system) / 1e6 / wall,
    firstErrors: outcome.firstErrors,
  };
}
