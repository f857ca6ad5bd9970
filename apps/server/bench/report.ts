import { dashboardLines } from './dashboards/report-lines';
import { householdImportLine } from './household-import/measure-household-import';
import { identAidLines } from './ident-aid/report-lines';
import type { KioskLoadResult } from './kiosk-load';
import type { LoadResult } from './load-client';
import { mixedLoadLines } from './load-mixed/report-lines';
import type { MachineInfo } from './machine';
import { mutualAidLine } from './mutual-aid-adjudication';
import { ms } from './progress';
import type { RankingResult } from './ranking';
import type { DatabaseResult } from './run-database';

/** 'PostgreSQL 15.14 (Debian …) on x86_64-pc-linux-gnu, …' → 'PostgreSQL 15.14 (Debian …)'. */
export const shortVersion = (v: string): string => v.split(' on ')[0] ?? v;

const x = (r: number): string => `${r.toFixed(1)}×`;

/** The per-database results as a Markdown table (pasteable into docs/performance.md). */
export function resultTable(r: DatabaseResult): string {
  const head = [
    '| scenario | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio p50 | ratio p95 |',
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  const rows = r.scenarios.map(
    (s) =>
      `| (${s.id}) ${s.label}${s.extra ? ' *(extra)*' : ''}${s.floorMatchesEndpoint ? '' : ' ⚠'} | ` +
      `${ms(s.http.p50)} | ${ms(s.http.p95)} | ${ms(s.sql.p50)} | ${ms(s.sql.p95)} | ` +
      `${x(s.ratio.p50)} | ${x(s.ratio.p95)} |`,
  );
  const seed = r.seed;
  const phases = seed.report.phases.map((p) => `${p.phase} ${(p.ms / 1000).toFixed(1)} s`).join(', ');
  const o = r.overhead;
  return [
    `### ${r.database} — ${shortVersion(r.serverVersion)}`,
    '',
    ...(r.scenarios.length > 0 ? [...head, ...rows, ''] : []),
    `Times in ms. Seed: ${seed.households.toLocaleString('en')} households in ${seed.seconds.toFixed(1)} s ` +
      `(${Math.round(seed.rowsPerSecond).toLocaleString('en')} rows/s over all tables, ` +
      `${Math.round(seed.householdsPerSecond).toLocaleString('en')} households/s in the household phase; ${phases}). ` +
      `Open + migrate: ${r.openAndMigrateSeconds.toFixed(2)} s.`,
    ...(o
      ? [
          `Overhead (p50 / p95 ms): (a) in-process via createCaller ${ms(o.firstPageInProcess.p50)} / ` +
            `${ms(o.firstPageInProcess.p95)}; GET /healthz ${ms(o.healthz.p50)} / ${ms(o.healthz.p95)}; ` +
            `session lookup SQL ${ms(o.sessionLookupSql.p50)} / ${ms(o.sessionLookupSql.p95)}.`,
        ]
      : []),
    ...(r.kiosk ? ['', ...kioskLines(r.kiosk)] : []),
    ...(r.ranking ? ['', rankingLine(r.ranking)] : []),
    ...(r.mutualAid ? ['', mutualAidLine(r.mutualAid)] : []),
    ...(r.dashboards ? ['', ...dashboardLines(r.dashboards)] : []),
    ...(r.identAid ? ['', ...identAidLines(r.identAid)] : []),
    ...(r.householdImport ? ['', householdImportLine(r.householdImport)] : []),
    ...(r.load ? ['', ...mixedLoadLines(r.load)] : []),
    ...(r.scenarios.some((s) => !s.floorMatchesEndpoint)
      ? ['⚠ the endpoint ran different SQL from the floor for this scenario; see the JSON result.']
      : []),
  ].join('\n');
}

const rps = (x: number): string => Math.round(x).toLocaleString('en');

function kioskLines(k: KioskLoadResult): string[] {
  const row = (l: LoadResult) =>
    `| ${l.label} | ${rps(l.requestsPerSecond)} | ${ms(l.latency.p50)} | ${ms(l.latency.p95)} | ` +
    `${l.ok.toLocaleString('en')} | ${l.errors} |`;
  return [
    `Kiosk fair listing, ${k.concurrency} concurrent clients × ${k.seconds} s per run: fair "${k.fairName}" ` +
      `(${k.listedPositions} positions listed, body ${k.bodyBytes.toLocaleString('en')} bytes); ` +
      `kiosk rate limit raised for the bench (createHttpApp kiosk option: burst ${k.rateLimit.burst}, ` +
      `${k.rateLimit.ratePerMinute}/min).`,
    '',
    '| load | req/s | p50 ms | p95 ms | ok | errors |',
    '|---|--:|--:|--:|--:|--:|',
    row(k.kioskFull),
    row(k.staticFull),
    row(k.kiosk304),
    row(k.static304),
    '',
    `Kiosk ÷ static: full body ${k.ratios.full.rps.toFixed(2)}× the requests/s, ${x(k.ratios.full.p95)} the p95; ` +
      `304 path ${k.ratios.notModified.rps.toFixed(2)}× the requests/s, ${x(k.ratios.notModified.p95)} the p95.`,
  ];
}

function rankingLine(g: RankingResult): string {
  return (
    `Ranking (送岗到户) for every filed household: ${g.households.toLocaleString('en')} households ` +
    `(${g.members.toLocaleString('en')} members, ${g.prefectures} prefectures, ${g.pairs.toLocaleString('en')} ` +
    `household×position pairs) ranked in ${g.rankSeconds.toFixed(2)} s = ${rps(g.householdsPerSecond)} households/s; ` +
    `floor (same loop, no ranking) ${(g.floorSeconds * 1000).toFixed(1)} ms = ${rps(g.floorHouseholdsPerSecond)} ` +
    `households/s; ratio ${x(g.ratio)}. Loading the inputs took ${g.loadSeconds.toFixed(1)} s.`
  );
}

export function machineLines(m: MachineInfo): string {
  return [
    `machine: ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}`,
    `node ${m.node}, PGlite ${m.pglite}`,
  ].join('\n');
}
