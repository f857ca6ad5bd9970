import type { Database } from '@bangfu/db';
import { categoryCounts } from '@bangfu/db';
import type { ProvinceReportDto } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import type { StaffClient } from '../http-client';
import { httpQuery, httpQueryBytes } from '../ident-aid/trpc-call';
import { timeSequential } from '../measure';
import { say } from '../progress';
import type { Stats } from '../stats';
import { naiveQuery } from './naive-queries';

const DASHBOARDS = ['overview', 'trend', 'aid', 'mutualAidFund', 'employment'] as const;

export interface DashboardTiming {
  readonly dashboard: (typeof DASHBOARDS)[number];
  readonly viewer: string;
  readonly http: Stats;
  readonly naive: Stats;
  /** Dashboard over HTTP ÷ the naive GROUP BY alone (below 1: the dashboard is faster than the scan). */
  readonly ratio: { readonly p50: number; readonly p95: number };
}

export interface DashboardsResult {
  readonly timings: DashboardTiming[];
  /** stats.report (counted directly from the files) for the province, over HTTP. */
  readonly report: Stats;
  readonly reportTotals: { households: number; people: number };
  /** The report's category table, and whether it is the 2016 survey's (35,126 / 101,938 / 60,328 at full scale). */
  readonly categories: { key: string; households: number; share: string }[];
  readonly matchesSeedApportionment: boolean;
  readonly matches2016Table: boolean | null;
  /** The overview's on-file count equals a direct count over the households (at province scale). */
  readonly overviewEqualsDirect: boolean;
}

export interface DashboardDeps {
  readonly db: Kysely<Database>;
  readonly base: string;
  readonly households: number;
  readonly signIn: (username: string) => Promise<StaffClient>;
  readonly timing: { warmup: number; requests: number };
}

const VIEWERS = [
  { username: 'admin', path: '/520000/', label: 'province admin' },
  { username: 'cw.520302', path: '/520000/520300/520302/', label: 'county caseworker (红花岗区)' },
];

/** Issue 7: each dashboard at province scale next to the naive GROUP BY, and the report against the 2016 table. */
export async function measureDashboards(deps: DashboardDeps): Promise<DashboardsResult> {
  say('  dashboards (summary tables) vs the naive GROUP BY over the raw tables');
  const timings: DashboardTiming[] = [];
  for (const viewer of VIEWERS) {
    const client = await deps.signIn(viewer.username);
    for (const dashboard of DASHBOARDS) {
      say(`    stats.${dashboard} as ${viewer.label}`);
      // The naive scan of the previous dashboard outlasts the server's keep-alive (5 s): the pooled
      // socket is closed by now, and the first request on it would fail with ECONNRESET.
      await httpQueryBytes(deps.base, client, `stats.${dashboard}`, {}).catch(() => undefined);
      const http = await timeSequential(
        'HTTP ',
        async () => {
          await httpQueryBytes(deps.base, client, `stats.${dashboard}`, {});
        },
        deps.timing,
      );
      const naive = await timeSequential(
        'naive',
        async () => {
          await naiveQuery(dashboard, viewer.path).execute(deps.db);
        },
        deps.timing,
      );
      timings.push({
        dashboard,
        viewer: viewer.label,
        http: http.stats,
        naive: naive.stats,
        ratio: { p50: http.stats.p50 / naive.stats.p50, p95: http.stats.p95 / naive.stats.p95 },
      });
    }
  }
  const admin = await deps.signIn('admin');
  await httpQueryBytes(deps.base, admin, 'stats.report', {}).catch(() => undefined);
  say('    stats.report (province, survey basis) — counted directly');
  const report = await timeSequential(
    'report',
    async () => {
      await httpQueryBytes(deps.base, admin, 'stats.report', {});
    },
    { warmup: 1, requests: Math.max(3, Math.floor(deps.timing.requests / 10)) },
  );
  const r = await httpQuery<ProvinceReportDto>(deps.base, admin, 'stats.report', {});
  const expected = categoryCounts(deps.households);
  const matchesSeedApportionment = r.byCategory.every(
    (c) => expected[c.key as keyof typeof expected] === c.households,
  );
  const table2016 = r.byCategory.map((c) => `${c.key}:${c.households}:${c.share}`).join(' ');
  const matches2016Table =
    deps.households === 197_392
      ? table2016 === 'DIBAO:35126:17.80 DIBAO_EDGE:101938:51.64 ACCIDENT_2016:60328:30.56'
      : null;
  say(`    report categories: ${table2016}${matches2016Table ? ' — the 2016 survey table' : ''}`);
  const overview = await httpQuery<{ onFile: { households: number } }>(
    deps.base,
    admin,
    'stats.overview',
    {},
  );
  const direct = await deps.db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['FILED', 'AIDED', 'UNDER_REVIEW'])
    .executeTakeFirstOrThrow();
  return {
    timings,
    report: report.stats,
    reportTotals: r.total,
    categories: r.byCategory.map((c) => ({ key: c.key, households: c.households, share: c.share })),
    matchesSeedApportionment,
    matches2016Table,
    overviewEqualsDirect: overview.onFile.households === Number(direct.n),
  };
}
