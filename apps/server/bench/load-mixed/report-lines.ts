import { ms } from '../progress';
import type { MixedLoadResult } from './measure-load';

const errorText = (e: Record<string, number>): string =>
  Object.keys(e).length === 0
    ? '0'
    : Object.entries(e)
        .map(([status, n]) => `${n} × ${status}`)
        .join(', ');

/** The mixed load as a Markdown table (pasteable into docs/reliability.md). */
export function mixedLoadLines(r: MixedLoadResult): string[] {
  return [
    `Mixed load: ${r.staffSessions} staff sessions (${r.staffAccounts} accounts: cw.<county> and admin) and ` +
      `${r.portalUsers} portal users, no think time, ${r.seconds.toFixed(1)} s after ${r.warmupSeconds} s warm-up. ` +
      `Client event loop busy ${(r.clientEventLoopUtilization * 100).toFixed(0)}%, server event loop ` +
      `${(r.serverEventLoopUtilization * 100).toFixed(0)}%, process CPU ${r.processCores.toFixed(2)} cores. ` +
      `Preparation: staff sign-ins ${r.prepare.staffSignInSeconds.toFixed(1)} s, worker accounts ` +
      `${r.prepare.workerAccountsSeconds.toFixed(1)} s, portal sign-ins ${r.prepare.workerSignInSeconds.toFixed(1)} s.`,
    '',
    '| request | req/s | p50 ms | p95 ms | p99 ms | ok | errors | retried |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...r.rows.map(
      (x) =>
        `| ${x.type} | ${x.requestsPerSecond.toFixed(1)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ` +
        `${x.ok.toLocaleString('en')} | ${errorText(x.errors)} | ${x.retried} |`,
    ),
  ];
}
