import { type AppServices, businessDate } from '@bangfu/api';
import { type FestivalAmounts, HardshipCategory } from '@bangfu/domain';
import type { StaffClient } from '../http-client';
import { say } from '../progress';
import { BENCH_REVIEWER } from './bench-accounts';
import { measureInsertFloor } from './festival-floor';
import { countWritten, type PayRun, payAndWait } from './festival-pay-wait';
import { StatementCounter } from './statement-counter';
import { inProcessCaller } from './trpc-call';

/** 500 yuan per household, under the default policy cap (5,000 yuan). */
const AMOUNT_FEN = 50_000;
const FLOOR_RUNS = 3;

export type FestivalScope = 'dibao' | 'all';

export interface FestivalBatchResult {
  readonly scope: FestivalScope;
  readonly amounts: FestivalAmounts;
  readonly listed: number;
  readonly totalFen: number;
  readonly createMs: number;
  readonly buildListSeconds: number;
  readonly approveMs: number;
  readonly paySeconds: number;
  readonly paymentsPerSecond: number;
  /** The one-statement INSERT … SELECT of as many ledger rows (median of FLOOR_RUNS, rolled back). */
  readonly floorSeconds: number;
  readonly floorSamples: readonly number[];
  readonly floorRows: number;
  readonly floorRowsPerSecond: number;
  /** paySeconds ÷ floorSeconds, and buildListSeconds ÷ floorSeconds. */
  readonly payRatio: number;
  readonly buildRatio: number;
  /** Checks after the run: ledger entries of the campaign, RECORD_AID steps written during it. */
  readonly ledgerEntries: number;
  readonly recordAidSteps: number;
  /** festival.pay's answer time and the longest progress read while the batch ran. */
  readonly payRun: Omit<PayRun, 'progress'>;
  /** SQL statements the batch ran per household paid (chunk and campaign bookkeeping included). */
  readonly statementsPerPayment: number;
  readonly campaignId: string;
}

export interface FestivalClients {
  readonly admin: StaffClient;
  readonly reviewer: StaffClient;
  readonly fundOfficer: StaffClient;
}

const amountsFor = (scope: FestivalScope): FestivalAmounts =>
  scope === 'dibao'
    ? { DIBAO: AMOUNT_FEN }
    : Object.fromEntries(HardshipCategory.values.map((c) => [c, AMOUNT_FEN]));

const seconds = (t0: number): number => (performance.now() - t0) / 1000;
/**
 * 送温暖 over the whole province through the real procedures, in-process (createCaller with each
 * user's real session; no HTTP): festival.create and buildList as admin, approve as a province
 * reviewer, the one-statement floor, then festival.pay as the fund officer (runFestivalBatch, 500
 * households per transaction, each paid through recordPayment with its RECORD_AID step).
 */
export async function measureFestivalBatch(
  services: AppServices,
  clients: FestivalClients,
  input: { provinceOrgId: string; scope: FestivalScope },
): Promise<FestivalBatchResult> {
  const db = services.db;
  const today = businessDate(services.now());
  const amounts = amountsFor(input.scope);
  const admin = await inProcessCaller(services, clients.admin);
  let t0 = performance.now();
  const created = await admin.caller.festival.create({
    orgId: input.provinceOrgId,
    name: `基准测试${today}送温暖`,
    festival: 'SPRING_FESTIVAL',
    year: Number(today.slice(0, 4)),
    amounts,
    fundingSource: 'UNION_FUNDS',
  });
  const createMs = seconds(t0) * 1000;
  say(
    `    festival: create ${createMs.toFixed(0)} ms; building the province's list (${Object.keys(amounts).join(', ')})`,
  );
  t0 = performance.now();
  const built = await admin.caller.festival.buildList({
    campaignId: created.id,
    expectedVersion: created.version,
  });
  const buildListSeconds = seconds(t0);
  say(
    `      buildList: ${built.totalCount.toLocaleString('en')} households in ${buildListSeconds.toFixed(2)} s`,
  );
  const reviewer = await inProcessCaller(services, clients.reviewer);
  t0 = performance.now();
  await reviewer.caller.festival.approve({ campaignId: created.id, expectedVersion: built.version });
  const approveMs = seconds(t0) * 1000;
  say(`      approve as ${BENCH_REVIEWER}: ${approveMs.toFixed(0)} ms`);

  const floor = await measureInsertFloor(db, {
    campaignId: created.id,
    paidOn: today,
    actorId: admin.ctx.actor?.userId ?? '',
    runs: FLOOR_RUNS,
  });
  say(
    `      floor: one INSERT … SELECT of ${floor.rows.toLocaleString('en')} ledger rows, ` +
      `${floor.samples.map((s) => s.toFixed(2)).join(' / ')} s (rolled back)`,
  );

  // The batch runs on a Kysely that counts its statements; the progress polls run on another.
  const counter = new StatementCounter();
  const fund = await inProcessCaller({ ...services, db: db.withPlugin(counter) }, clients.fundOfficer);
  const poll = await inProcessCaller(services, clients.fundOfficer);
  const since = services.now();
  counter.count = 0; // the session lookup of inProcessCaller is not the batch's
  t0 = performance.now();
  const run = await payAndWait(fund.caller, poll.caller, created.id, t0);
  const done = run.progress;
  const paySeconds = seconds(t0);
  const statementsPerPayment = counter.count / done.paid;
  if (done.status !== 'PAID' || done.paid !== built.totalCount) {
    throw new Error(`festival.pay ended ${done.status} with ${done.paid} of ${built.totalCount} paid`);
  }
  const ledgerEntries = await countWritten(db, 'ledger', created.id, since);
  const recordAidSteps = await countWritten(db, 'steps', created.id, since);
  const paymentsPerSecond = done.paid / paySeconds;
  say(
    `      pay: ${done.paid.toLocaleString('en')} payments in ${paySeconds.toFixed(1)} s = ` +
      `${paymentsPerSecond.toFixed(0)}/s; ratio to the floor ${(paySeconds / floor.seconds).toFixed(0)}×; ` +
      `${ledgerEntries.toLocaleString('en')} ledger entries, ${recordAidSteps.toLocaleString('en')} RECORD_AID steps; ` +
      `${statementsPerPayment.toFixed(1)} statements per payment; pay answered in ${run.payAnswerMs.toFixed(0)} ms, ` +
      `longest progress read ${run.maxPollMs?.toFixed(0) ?? '-'} ms`,
  );
  return {
    scope: input.scope,
    amounts,
    listed: built.totalCount,
    totalFen: built.totalFen,
    createMs,
    buildListSeconds,
    approveMs,
    paySeconds,
    paymentsPerSecond,
    floorSeconds: floor.seconds,
    floorSamples: floor.samples,
    floorRows: floor.rows,
    floorRowsPerSecond: floor.rows / floor.seconds,
    payRatio: paySeconds / floor.seconds,
    buildRatio: buildListSeconds / floor.seconds,
    ledgerEntries,
    recordAidSteps,
    statementsPerPayment,
    payRun: {
      payAnswerMs: run.payAnswerMs,
      maxPollMs: run.maxPollMs,
    },
    campaignId: created.id,
  };
}
