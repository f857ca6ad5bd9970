import type { AppServices } from '@bangfu/api';
// Not exported by @bangfu/api (see docs/performance.md): the one function every status change goes through.
import { transitionHousehold } from '@bangfu/api';
import { withTransaction } from '@bangfu/db';
import { FILING_PATH } from '@bangfu/domain';
import type { StaffClient } from '../http-client';
import { say } from '../progress';
import { type Stats, summarize } from '../stats';
import { inProcessCaller } from './trpc-call';
import { walkHouseholdInput } from './walk-household';

/** Brief §3.2 from DRAFT to FILED, as festival-fixture walks it: eight steps. */
const TO_FILED = FILING_PATH;

export interface StepWalkResult {
  readonly households: number;
  readonly stepsPerHousehold: number;
  /** households.create, in-process, one after another. */
  readonly createSeconds: number;
  readonly createsPerSecond: number;
  /** Every transition, each in its own transaction. */
  readonly walkSeconds: number;
  readonly stepsPerSecond: number;
  readonly step: Stats;
  /** Steps by event, ms. */
  readonly byEvent: Record<string, Stats>;
  /** Check: households FILED at the end, ident_step rows written by the walk. */
  readonly filed: number;
  readonly stepRows: number;
}

/**
 * K fresh households of 红花岗区 created with households.create (the real procedure, in-process, as
 * the county caseworker) and walked DRAFT → FILED with transitionHousehold, one transaction per step
 * as each procedure runs it, as the county caseworker. The survey, review and notice records the
 * real procedures also write are not part of this figure: it is the state machine's cost per step.
 */
export async function measureStepWalk(
  services: AppServices,
  input: { caseworker: StaffClient; orgId: string; secondSurveyorId: string; households: number },
): Promise<StepWalkResult> {
  const { ctx, caller } = await inProcessCaller(services, input.caseworker);
  const surveyorIds = [ctx.actor?.userId ?? '', input.secondSurveyorId];
  const ids: string[] = [];
  let t0 = performance.now();
  for (let n = 0; n < input.households; n++) {
    ids.push((await caller.households.create(walkHouseholdInput(input.orgId, n))).id);
  }
  const createSeconds = (performance.now() - t0) / 1000;
  say(`    step walk: created ${ids.length} households in ${createSeconds.toFixed(1)} s`);
  const samples: number[] = [];
  const byEvent = new Map<string, number[]>();
  t0 = performance.now();
  for (const householdId of ids) {
    for (const event of TO_FILED) {
      const payload = event === 'START_SURVEY' ? { surveyorIds } : undefined;
      const s0 = performance.now();
      await withTransaction(services.db, (trx) =>
        transitionHousehold(trx, ctx, { householdId, event, payload }),
      );
      const ms = performance.now() - s0;
      samples.push(ms);
      byEvent.set(event, [...(byEvent.get(event) ?? []), ms]);
    }
  }
  const walkSeconds = (performance.now() - t0) / 1000;
  const filed = await services.db
    .selectFrom('household')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id', 'in', ids)
    .where('status', '=', 'FILED')
    .executeTakeFirstOrThrow();
  const steps = await services.db
    .selectFrom('ident_step')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('household_id', 'in', ids)
    .executeTakeFirstOrThrow();
  const result: StepWalkResult = {
    households: ids.length,
    stepsPerHousehold: TO_FILED.length,
    createSeconds,
    createsPerSecond: ids.length / createSeconds,
    walkSeconds,
    stepsPerSecond: samples.length / walkSeconds,
    step: summarize(samples),
    byEvent: Object.fromEntries([...byEvent].map(([e, s]) => [e, summarize(s)])),
    filed: Number(filed.n),
    stepRows: Number(steps.n),
  };
  say(
    `      ${samples.length.toLocaleString('en')} steps in ${walkSeconds.toFixed(1)} s = ${result.stepsPerSecond.toFixed(0)} steps/s ` +
      `(p50 ${result.step.p50.toFixed(2)} ms, p95 ${result.step.p95.toFixed(2)} ms); ${result.filed} FILED, ${result.stepRows} steps on record`,
  );
  return result;
}
