import type { Database } from '@bangfu/db';
import type { CompiledQuery, Kysely } from 'kysely';
import type { QueryRecorder } from '../capture';
import { explainAnalyze, planShape } from '../explain';
import type { StaffClient } from '../http-client';
import { timeSequential } from '../measure';
import { say } from '../progress';
import type { Stats } from '../stats';
import { httpQuery, httpQueryBytes } from './trpc-call';

/** One read endpoint timed over HTTP next to the SQL it ran, replayed directly. */
export interface EndpointSpec {
  readonly id: string;
  readonly label: string;
  readonly username: string;
  /** tRPC path, e.g. 'review.inbox'. */
  readonly path: string;
  readonly input?: unknown;
  /** Which of the endpoint's queries make the floor (the session lookup is already left out). */
  readonly floorOf: (queries: readonly CompiledQuery[]) => CompiledQuery[];
  readonly floorLabel: string;
  readonly warmup: number;
  readonly requests: number;
}

export interface EndpointDeps {
  readonly db: Kysely<Database>;
  readonly base: string;
  /** The second app instance, whose Kysely records every query (capture.ts). */
  readonly checkerBase: string;
  readonly recorder: QueryRecorder;
  /** Signs in afresh on the timed app and on the recording app. */
  readonly signIn: (username: string) => Promise<{ timed: StaffClient; checker: StaffClient }>;
  readonly explain: boolean;
}

export interface EndpointResult {
  readonly id: string;
  readonly label: string;
  readonly username: string;
  readonly path: string;
  readonly input: unknown;
  readonly bodyBytes: number;
  /** Queries the endpoint ran besides the session lookup, and how many of them make the floor. */
  readonly endpointQueries: number;
  readonly floorQueries: number;
  readonly floorLabel: string;
  readonly http: Stats;
  readonly sql: Stats;
  readonly ratio: { readonly p50: number; readonly p95: number };
  readonly floorSql: readonly { sql: string; parameters: readonly unknown[] }[];
  /** EXPLAIN (ANALYZE, BUFFERS) of each distinct floor SQL text, first occurrence. */
  readonly plans: readonly string[][];
}

const isSessionQuery = (q: CompiledQuery): boolean => /"(staff|worker)_session"/.test(q.sql);

/** What one request of the endpoint ran, recorded on the second app instance. */
async function recordEndpoint(spec: EndpointSpec, deps: EndpointDeps, checker: StaffClient) {
  deps.recorder.queries = [];
  await httpQuery(deps.checkerBase, checker, spec.path, spec.input);
  return deps.recorder.queries.filter((q) => !isSessionQuery(q));
}

export async function runEndpoint(spec: EndpointSpec, deps: EndpointDeps): Promise<EndpointResult> {
  say(`    (${spec.id}) ${spec.label} — ${spec.path} as ${spec.username}`);
  const { timed, checker } = await deps.signIn(spec.username);
  const ran = await recordEndpoint(spec, deps, checker);
  const floor = spec.floorOf(ran);
  if (floor.length === 0)
    throw new Error(`${spec.id}: no floor query among the ${ran.length} the endpoint ran`);
  const bodyBytes = await httpQueryBytes(deps.base, timed, spec.path, spec.input);
  say(
    `      endpoint ran ${ran.length} queries (session lookup aside); floor: ${floor.length} (${spec.floorLabel}); ` +
      `answer ${bodyBytes.toLocaleString('en')} bytes`,
  );
  const timing = { warmup: spec.warmup, requests: spec.requests };
  const http = await timeSequential(
    'HTTP',
    async () => {
      await httpQueryBytes(deps.base, timed, spec.path, spec.input);
    },
    timing,
  );
  const sql = await timeSequential(
    'SQL ',
    async () => {
      for (const q of floor) await deps.db.executeQuery(q);
    },
    timing,
  );
  const distinct = [...new Map(floor.map((q) => [q.sql, q])).values()];
  const plans: string[][] = [];
  for (const q of distinct) {
    const plan = await explainAnalyze(deps.db, q);
    plans.push(plan);
    if (deps.explain) say(plan.map((l) => `        ${l}`).join('\n'));
  }
  const shape = plans[0] ? planShape(plans[0]).map((l) => l.trim()) : [];
  if (!deps.explain) say(`      plan of the first floor query: ${shape.join(' / ')}`);
  return {
    id: spec.id,
    label: spec.label,
    username: spec.username,
    path: spec.path,
    input: spec.input ?? null,
    bodyBytes,
    endpointQueries: ran.length,
    floorQueries: floor.length,
    floorLabel: spec.floorLabel,
    http: http.stats,
    sql: sql.stats,
    ratio: { p50: http.stats.p50 / sql.stats.p50, p95: http.stats.p95 / sql.stats.p95 },
    floorSql: floor.map((q) => ({ sql: q.sql, parameters: q.parameters })),
    plans,
  };
}
