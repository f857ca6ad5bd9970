import type { Database } from '@bangfu/db';
import { type Kysely, sql } from 'kysely';
import { DEMO_PASSWORD } from '../src/cli/provision';
import { createLogger } from '../src/logger';
import { openRuntime } from '../src/runtime';
import { type RunningApp, startApp } from './app-server';
import { QueryRecorder } from './capture';
import { type DashboardsResult, measureDashboards } from './dashboards/measure-dashboards';
import {
  type HouseholdImportBenchResult,
  measureHouseholdImport,
} from './household-import/measure-household-import';
import { signIn } from './http-client';
import { type IdentAidResult, measureIdentAid } from './ident-aid/measure-ident-aid';
import { type KioskLoadResult, measureKioskLoad } from './kiosk-load';
import { type MixedLoadResult, measureMixedLoad } from './load-mixed/measure-load';
import { type MutualAidBenchResult, measureMutualAid } from './mutual-aid-adjudication';
import type { BenchOptions } from './options';
import type { OverheadResult } from './overhead';
import { say } from './progress';
import { measureRanking, type RankingResult } from './ranking';
import type { ScenarioResult } from './scenario-run';
import { ACCOUNTS, type Who } from './scenarios';
import { measureSearch } from './search-phase';
import { runSeed, type SeedResult } from './seed-phase';
import type { BenchTarget, DatabaseName } from './targets';

export interface DatabaseResult {
  readonly database: DatabaseName;
  readonly serverVersion: string;
  readonly location: string;
  /** Opening the database and applying the migrations (openRuntime). */
  readonly openAndMigrateSeconds: number;
  readonly seed: SeedResult;
  /** Household search (empty, and no overhead, when `--phases` leaves search out). */
  readonly scenarios: ScenarioResult[];
  readonly overhead?: OverheadResult;
  /** The kiosk's fair listing under concurrent load, next to a static file of the same size. */
  readonly kiosk?: KioskLoadResult;
  /** rankPositions for every filed household of the province. */
  readonly ranking?: RankingResult;
  /** Identification inboxes, the province 送温暖 batch, ledger balances, the step walk (issues 3–4). */
  readonly mutualAid?: MutualAidBenchResult;
  readonly identAid?: IdentAidResult;
  /** Issue 7: dashboards against the naive GROUP BY, and the survey report against the 2016 table. */
  readonly dashboards?: DashboardsResult;
  /** Issue 7: the Excel import of N households next to COPY of the same rows. */
  readonly householdImport?: HouseholdImportBenchResult;
  /** Issue 8: 200 staff sessions and 1,000 portal users at once, mixed requests. */
  readonly load?: MixedLoadResult;
}

async function serverVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
  return rows[0]?.v ?? 'unknown';
}

/** A server-side COPY needs the server's file system: only a PostgreSQL on this machine. */
const isLocal = (location: string): boolean =>
  /^(local socket|127\.0\.0\.1|localhost)(:\d+)?\//.test(location);

/** Every phase on one database: migrate, seed, start the app, sign in, run the scenarios. */
export async function runDatabase(target: BenchTarget, opts: BenchOptions): Promise<DatabaseResult> {
  say(`\n== ${target.name} (${target.location})`);
  const logger = createLogger('warn');
  const t0 = performance.now();
  const rt = await openRuntime(target.env, logger);
  const apps: RunningApp[] = [];
  try {
    const openAndMigrateSeconds = (performance.now() - t0) / 1000;
    const version = await serverVersion(rt.handle.db);
    say(`  server: ${version}`);
    say(`  open + migrate: ${openAndMigrateSeconds.toFixed(2)} s`);

    say(`  seeding ${opts.households.toLocaleString('en')} households (seed ${opts.seed})`);
    const seed = await runSeed(rt, opts);
    say(
      `  seeded in ${seed.seconds.toFixed(1)} s: ${Math.round(seed.rowsPerSecond).toLocaleString('en')} rows/s, ` +
        `${Math.round(seed.householdsPerSecond).toLocaleString('en')} households/s (${JSON.stringify(seed.report.tables)})`,
    );

    const timed = await startApp(rt.services, logger);
    apps.push(timed);
    const recorder = new QueryRecorder();
    const checking = await startApp({ ...rt.services, db: rt.services.db.withPlugin(recorder) }, logger);
    apps.push(checking);
    say(`  app listening on ${timed.base}`);

    const signInAs = async (who: Who) => ({
      timed: await signIn(timed.base, ACCOUNTS[who], DEMO_PASSWORD),
      checker: await signIn(checking.base, ACCOUNTS[who], DEMO_PASSWORD),
    });
    const admin = await signIn(timed.base, ACCOUNTS.admin, DEMO_PASSWORD);
    await signIn(timed.base, ACCOUNTS.caseworker, DEMO_PASSWORD);
    say(`  signed in over HTTP as ${ACCOUNTS.admin} and ${ACCOUNTS.caseworker} (again before each scenario)`);

    const db = rt.handle.db;
    const has = (p: (typeof opts.phases)[number]) => opts.phases.includes(p);
    const search = has('search')
      ? await measureSearch(rt, { admin, signInAs, recorder, base: timed.base }, opts)
      : { results: [], overhead: undefined };
    const kiosk = has('kiosk')
      ? await measureKioskLoad({
          services: rt.services,
          logger,
          concurrency: opts.kioskConcurrency,
          seconds: opts.kioskSeconds,
        })
      : undefined;
    const ranking = has('ranking') ? await measureRanking(db) : undefined;
    const mutualAid = has('mutual-aid')
      ? await measureMutualAid(
          { services: rt.services, base: timed.base, checkerBase: checking.base, recorder },
          { warmup: Math.min(opts.warmup, 3), requests: opts.aidRequests, explain: opts.explain },
        )
      : undefined;
    // Before ident-aid, which changes the data: the report must see the seeded province.
    const dashboards = has('dashboards')
      ? await measureDashboards({
          db,
          base: timed.base,
          households: opts.households,
          signIn: (username) => signIn(timed.base, username, DEMO_PASSWORD),
          timing: { warmup: Math.min(opts.warmup, 5), requests: Math.min(opts.requests, 50) },
        })
      : undefined;
    // Last: it pays a province campaign and files new households, so it changes the data.
    const identAid = has('ident-aid')
      ? await measureIdentAid(
          { services: rt.services, base: timed.base, checkerBase: checking.base, recorder },
          opts,
        )
      : undefined;
    // Before the import: it edits a few filed households and adds worker accounts and sessions.
    const load = has('load')
      ? await measureMixedLoad(rt.services, timed.base, {
          staffSessions: 200,
          portalUsers: 1000,
          seconds: opts.loadSeconds,
          password: DEMO_PASSWORD,
        })
      : undefined;
    // After everything else: it adds N draft households.
    const householdImport = has('household-import')
      ? await measureHouseholdImport(rt.services, {
          households: opts.households,
          copyServerDir: target.name === 'PGlite' ? '/pglite/data' : isLocal(target.location) ? '/tmp' : null,
        })
      : undefined;
    return {
      database: target.name,
      serverVersion: version,
      location: target.location,
      openAndMigrateSeconds,
      seed,
      scenarios: search.results,
      overhead: search.overhead,
      kiosk,
      ranking,
      mutualAid,
      identAid,
      dashboards,
      householdImport,
      load,
    };
  } finally {
    for (const app of apps) await app.close();
    await rt.handle.close();
  }
}
