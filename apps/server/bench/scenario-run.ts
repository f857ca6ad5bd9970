import { householdPageQuery } from '@bangfu/api';
import type { FieldCrypto } from '@bangfu/db';
import { listHouseholdPage } from '@bangfu/db';
import { HouseholdListSchema } from '@bangfu/domain';
import type { CompiledQuery } from 'kysely';
import type { Runtime } from '../src/runtime';
import { compileWith, type QueryRecorder, sameQuery } from './capture';
import { explainAnalyze, planShape } from './explain';
import type { StaffClient } from './http-client';
import { timeSequential } from './measure';
import { say } from './progress';
import type { Scenario, Who } from './scenarios';
import type { Stats } from './stats';

export interface ScenarioResult {
  readonly id: string;
  readonly label: string;
  readonly who: string;
  readonly extra: boolean;
  readonly input: unknown;
  readonly rows: number;
  readonly http: Stats;
  readonly sql: Stats;
  readonly ratio: { readonly p50: number; readonly p95: number };
  /** The SQL the endpoint ran was the floor's SQL, text and parameters. */
  readonly floorMatchesEndpoint: boolean;
  readonly sqlText: string;
  readonly parameters: readonly unknown[];
  readonly plan: string[];
}

export interface ScenarioDeps {
  readonly rt: Runtime;
  readonly crypto: FieldCrypto;
  /**
   * Signs in afresh (sessions end after 30 idle minutes, and a slow scenario can outlast that) on the
   * timed app and on the recording app, which shares the database and shows the endpoint's SQL.
   */
  readonly signInAs: (who: Who) => Promise<{ timed: StaffClient; checker: StaffClient }>;
  readonly recorder: QueryRecorder;
  readonly orgPaths: Readonly<Record<Who, string>>;
  readonly warmup: number;
  readonly requests: number;
  readonly explain: boolean;
}

/** Finds, among what one request ran, the household page query (the session lookup is the other). */
function endpointQuery(recorded: readonly CompiledQuery[]): CompiledQuery | undefined {
  return recorded.find((q) => q.sql.includes('from "household" as "h"'));
}

export async function runScenario(s: Scenario, deps: ScenarioDeps): Promise<ScenarioResult> {
  say(`    (${s.id}) ${s.label} — as ${s.who}`);
  const pageQuery = householdPageQuery(
    HouseholdListSchema.parse(s.input),
    { scopePath: deps.orgPaths[s.who], orgPath: undefined },
    deps.crypto,
  );
  if (!pageQuery) throw new Error(`scenario ${s.id}: the endpoint would answer without a query`);
  const floor = await compileWith((db) => listHouseholdPage(db, pageQuery));

  const { timed: client, checker } = await deps.signInAs(s.who);
  deps.recorder.queries = [];
  const checked = await checker.list(s.input);
  const seen = endpointQuery(deps.recorder.queries);
  const floorMatchesEndpoint = seen !== undefined && sameQuery(seen, floor);
  if (!floorMatchesEndpoint) {
    say(
      `      ! the endpoint's SQL differs from the floor's; endpoint ran:\n${seen?.sql ?? '(no household query)'}`,
    );
  }
  const db = deps.rt.services.db;
  const direct = await db.executeQuery(floor);
  const rows = Math.min(direct.rows.length, pageQuery.limit);
  if (rows !== checked.items.length) {
    say(`      ! row count differs: HTTP ${checked.items.length}, SQL ${rows}`);
  }

  const timing = { warmup: deps.warmup, requests: deps.requests };
  const http = await timeSequential('HTTP', () => client.listRaw(s.input), timing);
  const sql = await timeSequential(
    'SQL ',
    async () => {
      await db.executeQuery(floor);
    },
    timing,
  );
  const plan = await explainAnalyze(db, floor);
  if (deps.explain) say(plan.map((l) => `        ${l}`).join('\n'));
  else
    say(
      `      plan: ${planShape(plan)
        .map((l) => l.trim())
        .join(' / ')}`,
    );
  return {
    id: s.id,
    label: s.label,
    who: s.who,
    extra: s.extra ?? false,
    input: s.input,
    rows,
    http: http.stats,
    sql: sql.stats,
    ratio: { p50: http.stats.p50 / sql.stats.p50, p95: http.stats.p95 / sql.stats.p95 },
    floorMatchesEndpoint,
    sqlText: floor.sql,
    parameters: floor.parameters,
    plan,
  };
}
