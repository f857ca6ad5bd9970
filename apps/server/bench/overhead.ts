import { type AppServices, createCaller, createContext } from '@bangfu/api';
import type { HouseholdListInput } from '@bangfu/domain';
import type { QueryRecorder } from './capture';
import type { StaffClient } from './http-client';
import { timeSequential } from './measure';
import { say } from './progress';
import type { Stats } from './stats';

export interface OverheadResult {
  /**
   * Scenario (a) through the tRPC router in-process (createCaller): the session lookup, middleware,
   * input parsing, the use-case and its SQL, without HTTP, Express or JSON.
   */
  readonly firstPageInProcess: Stats;
  /** GET /healthz: Express, helmet, metrics and one `select 1` — the HTTP stack with a trivial query. */
  readonly healthz: Stats;
  /** The session lookup every staff request runs before its procedure (resolve-session.ts), alone. */
  readonly sessionLookupSql: Stats;
}

/**
 * Where the time between the floor and the endpoint goes: the HTTP round trip with next to no database
 * work, and the one query the endpoint runs besides the household page.
 */
export async function measureOverhead(input: {
  services: AppServices;
  firstPage: HouseholdListInput;
  base: string;
  checker: StaffClient;
  recorder: QueryRecorder;
  warmup: number;
  requests: number;
}): Promise<OverheadResult> {
  say('    (overhead) scenario (a) in-process, GET /healthz, and the session lookup SQL alone');
  const timing = { warmup: input.warmup, requests: input.requests };
  const cookies = { sessionToken: input.checker.sessionToken, setSession() {}, clearSession() {} };
  const firstPage = await timeSequential(
    '(a) via createCaller',
    async () => {
      const ctx = await createContext(input.services, {
        ip: '127.0.0.1',
        userAgent: null,
        cookies,
        csrfOk: false,
      });
      await createCaller(ctx).households.list(input.firstPage);
    },
    timing,
  );
  const healthz = await timeSequential(
    'HTTP /healthz',
    async () => {
      const res = await fetch(`${input.base}/healthz`);
      if (!res.ok) throw new Error(`/healthz: HTTP ${res.status}`);
      await res.arrayBuffer();
    },
    timing,
  );
  input.recorder.queries = [];
  await input.checker.list({ limit: 20 });
  const session = input.recorder.queries.find((q) => q.sql.includes('from "staff_session"'));
  if (!session) throw new Error('the endpoint ran no session lookup');
  const sessionLookupSql = await timeSequential(
    'SQL session lookup',
    async () => {
      await input.services.db.executeQuery(session);
    },
    timing,
  );
  return {
    firstPageInProcess: firstPage.stats,
    healthz: healthz.stats,
    sessionLookupSql: sessionLookupSql.stats,
  };
}
