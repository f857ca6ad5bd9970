import type { MachineInfo } from './machine';
import { ms } from './progress';
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
    ...head,
    ...rows,
    '',
    `Times in ms. Seed: ${seed.households.toLocaleString('en')} households in ${seed.seconds.toFixed(1)} s ` +
      `(${Math.round(seed.rowsPerSecond).toLocaleString('en')} rows/s over all tables, ` +
      `${Math.round(seed.householdsPerSecond).toLocaleString('en')} households/s in the household phase; ${phases}). ` +
      `Open + migrate: ${r.openAndMigrateSeconds.toFixed(2)} s.`,
    `Overhead (p50 / p95 ms): (a) in-process via createCaller ${ms(o.firstPageInProcess.p50)} / ` +
      `${ms(o.firstPageInProcess.p95)}; GET /healthz ${ms(o.healthz.p50)} / ${ms(o.healthz.p95)}; ` +
      `session lookup SQL ${ms(o.sessionLookupSql.p50)} / ${ms(o.sessionLookupSql.p95)}.`,
    ...(r.scenarios.some((s) => !s.floorMatchesEndpoint)
      ? ['⚠ the endpoint ran different SQL from the floor for this scenario; see the JSON result.']
      : []),
  ].join('\n');
}

export function machineLines(m: MachineInfo): string {
  return [
    `machine: ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}`,
    `node ${m.node}, PGlite ${m.pglite}`,
  ].join('\n');
}
