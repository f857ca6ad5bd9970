import { basename } from 'node:path';
import type { FileScan, Hit, HitKind } from './scan-logs';

export interface ScanSummary {
  files: number;
  lines: number;
  bytes: number;
  hits: number;
  perKind: Record<HitKind, number>;
  runnerLogs: string[];
  serverLogs: number;
  accessLines: number;
}

export function summarize(runner: FileScan[], server: FileScan[]): ScanSummary {
  const all = [...runner, ...server];
  const perKind: Record<HitKind, number> = { id: 0, phone: 0, account: 0 };
  for (const hit of all.flatMap((s) => s.hits)) perKind[hit.kind]++;
  const sum = (pick: (s: FileScan) => number) => all.reduce((n, s) => n + pick(s), 0);
  return {
    files: all.length,
    lines: sum((s) => s.lines),
    bytes: sum((s) => s.bytes),
    hits: sum((s) => s.hits.length),
    perKind,
    runnerLogs: runner.map((s) => basename(s.file)),
    serverLogs: server.length,
    accessLines: server.reduce((n, s) => n + s.accessLines, 0),
  };
}

// What a full `npm test` leaves behind; fewer means the scan would pass on nothing.
const RUNNER_LOGS = ['unit.log', 'e2e.log', 'trust.log'];
const MIN_SERVER_LOGS = 5;

/** Why these logs are not those of a full run (empty when they are). */
export function whatIsMissing(runner: FileScan[], server: FileScan[]): string[] {
  const missing: string[] = [];
  for (const name of RUNNER_LOGS) {
    const log = runner.find((s) => basename(s.file) === name);
    if (!log || log.lines === 0) missing.push(`${name} is missing or empty`);
  }
  if (server.length < MIN_SERVER_LOGS)
    missing.push(`${server.length} server logs in server-logs/, at least ${MIN_SERVER_LOGS} expected`);
  if (!server.some((s) => s.accessLines > 0)) missing.push('no access-log line in any server log');
  return missing;
}

/** `file:line kind value-masked`, one a line. */
export function describeHits(hits: Hit[]): string[] {
  return hits.map((h) => `${h.file}:${h.line} ${h.kind} ${h.masked}`);
}
