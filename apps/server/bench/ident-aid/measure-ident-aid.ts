import { type AppServices, businessDate } from '@bangfu/api';
import { DEMO_PASSWORD } from '../../src/cli/provision';
import type { QueryRecorder } from '../capture';
import { signIn } from '../http-client';
import { say } from '../progress';
import { addProvinceReviewer, BENCH_REVIEWER, orgIdOf } from './bench-accounts';
import { type EndpointDeps, type EndpointResult, runEndpoint } from './endpoint-floor';
import { type FestivalBatchResult, type FestivalScope, measureFestivalBatch } from './festival-batch';
import { COUNTY_CASEWORKER, COUNTY_CODE, inboxSpecs, ledgerSpecs } from './read-scenarios';
import { measureStepWalk, type StepWalkResult } from './step-walk';

export interface IdentAidOptions {
  readonly warmup: number;
  readonly requests: number;
  /** Timed calls of each ledger-balances scenario (the province answer is large). */
  readonly aidRequests: number;
  readonly festival: FestivalScope;
  /** Fresh households walked DRAFT → FILED. */
  readonly walk: number;
  readonly explain: boolean;
}

/** Issues 3–4 at province scale: identification inboxes, 送温暖 batch, ledger balances, step walk. */
export interface IdentAidResult {
  readonly inboxes: EndpointResult[];
  readonly festival: FestivalBatchResult;
  readonly ledger: EndpointResult[];
  readonly walk: StepWalkResult;
}

export async function measureIdentAid(
  input: { services: AppServices; base: string; checkerBase: string; recorder: QueryRecorder },
  opts: IdentAidOptions,
): Promise<IdentAidResult> {
  const { services } = input;
  const db = services.db;
  say('  identification and aid (issues 3–4)');
  await addProvinceReviewer(db);
  const signInBoth = async (username: string) => ({
    timed: await signIn(input.base, username, DEMO_PASSWORD),
    checker: await signIn(input.checkerBase, username, DEMO_PASSWORD),
  });
  const deps: EndpointDeps = {
    db,
    base: input.base,
    checkerBase: input.checkerBase,
    recorder: input.recorder,
    signIn: signInBoth,
    explain: opts.explain,
  };

  const inboxes: EndpointResult[] = [];
  for (const spec of inboxSpecs({ warmup: opts.warmup, requests: opts.requests })) {
    inboxes.push(await runEndpoint(spec, deps));
  }

  const provinceOrgId = await orgIdOf(db, '520000');
  const countyOrgId = await orgIdOf(db, COUNTY_CODE);
  const sign = (u: string) => signIn(input.base, u, DEMO_PASSWORD);
  const festival = await measureFestivalBatch(
    services,
    {
      admin: await sign('admin'),
      reviewer: await sign(BENCH_REVIEWER),
      fundOfficer: await sign('fund.officer'),
    },
    { provinceOrgId, scope: opts.festival },
  );

  const year = Number(businessDate(services.now()).slice(0, 4));
  const ledger: EndpointResult[] = [];
  const aidTiming = { warmup: Math.min(opts.warmup, 3), requests: opts.aidRequests };
  for (const spec of ledgerSpecs({ provinceOrgId, countyOrgId, year }, aidTiming)) {
    ledger.push(await runEndpoint(spec, deps));
  }

  const second = await db
    .selectFrom('staff_user')
    .select('id')
    .where('username', '=', 'zunyi.cw')
    .executeTakeFirstOrThrow();
  const walk = await measureStepWalk(services, {
    caseworker: await sign(COUNTY_CASEWORKER),
    orgId: countyOrgId,
    secondSurveyorId: second.id,
    households: opts.walk,
  });
  return { inboxes, festival, ledger, walk };
}
