import type { Runtime } from '../src/runtime';
import type { QueryRecorder } from './capture';
import type { StaffClient } from './http-client';
import type { BenchOptions } from './options';
import { measureOverhead, type OverheadResult } from './overhead';
import { say } from './progress';
import { runScenario, type ScenarioDeps, type ScenarioResult } from './scenario-run';
import { ACCOUNTS, buildScenarios, cursorOfPage, orgPathOf, sampleIdNumber } from './scenarios';
/** Household search: scenarios (a)–(h), HTTP next to the same SQL, then the overhead breakdown. */
export async function measureSearch(
  rt: Runtime,
  io: {
    admin: StaffClient;
    signInAs: ScenarioDeps['signInAs'];
    recorder: QueryRecorder;
    base: string;
  },
  opts: BenchOptions,
): Promise<{ results: ScenarioResult[]; overhead: OverheadResult }> {
  const db = rt.handle.db;
  const idNumber = await sampleIdNumber(db, rt.services.crypto);
  const deepCursor = await cursorOfPage(io.admin, opts.deepPages);
  const scenarios = buildScenarios({ idNumber, deepCursor, deepPage: opts.deepPages });
  const orgPaths = {
    admin: await orgPathOf(db, ACCOUNTS.admin),
    caseworker: await orgPathOf(db, ACCOUNTS.caseworker),
  };
  const results: ScenarioResult[] = [];
  say(`  scenarios: ${opts.warmup} warm-up + ${opts.requests} timed requests each, HTTP then SQL`);
  for (const s of scenarios) {
    results.push(
      await runScenario(s, {
        rt,
        crypto: rt.services.crypto,
        signInAs: io.signInAs,
        recorder: io.recorder,
        orgPaths,
        warmup: opts.warmup,
        requests: opts.requests,
        explain: opts.explain,
      }),
    );
  }
  const overhead = await measureOverhead({
    services: rt.services,
    firstPage: scenarios[0]?.input ?? {},
    base: io.base,
    checker: (await io.signInAs('admin')).checker,
    recorder: io.recorder,
    warmup: opts.warmup,
    requests: opts.requests,
  });
  return { results, overhead };
}
