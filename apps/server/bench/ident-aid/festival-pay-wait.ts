import type { Database } from '@bangfu/db';
import type { Kysely } from 'kysely';
import { say } from '../progress';
import type { inProcessCaller } from './trpc-call';

const seconds = (t0: number): number => (performance.now() - t0) / 1000;
/** How often the bench reads festival.progress while a batch pays. */
const POLL_MS = 200;

export type Caller = Awaited<ReturnType<typeof inProcessCaller>>['caller'];
export type Progress = Awaited<ReturnType<Caller['festival']['progress']>>;

/**
 * festival.pay, then festival.progress until the campaign is PAID. Works whether pay runs the whole
 * batch before answering or starts it in the background and answers at once (the pay screen polls).
 */
export interface PayRun {
  readonly progress: Progress;
  /** How long festival.pay took to answer (the whole batch, or only its start when it runs in the background). */
  readonly payAnswerMs: number;
  /** The longest any progress read waited during the batch: what the pay screen, or any request, may wait. */
  readonly maxPollMs: number | null;
}

/**
 * festival.pay, then festival.progress until the campaign is PAID. Works whether pay runs the whole
 * batch before answering or starts it in the background and answers at once (the pay screen polls).
 */
export async function payAndWait(
  caller: Caller,
  poller: Caller,
  campaignId: string,
  t0: number,
): Promise<PayRun> {
  let p: Progress = await caller.festival.pay({ campaignId });
  const payAnswerMs = performance.now() - t0;
  let maxPollMs: number | null = null;
  let said = performance.now();
  while (p.status !== 'PAID') {
    if (p.lastError) throw new Error(`festival.pay stopped: ${p.lastError}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const asked = performance.now();
    p = await poller.festival.progress({ campaignId });
    maxPollMs = Math.max(maxPollMs ?? 0, performance.now() - asked);
    if (performance.now() - said > 30_000) {
      said = performance.now();
      say(
        `      paying… ${p.paid.toLocaleString('en')}/${p.total.toLocaleString('en')} after ${seconds(t0).toFixed(0)} s`,
      );
    }
  }
  return { progress: p, payAnswerMs, maxPollMs };
}

/** Checks after a batch: the campaign's ledger entries, or RECORD_AID steps written since `since`. */
export async function countWritten(
  db: Kysely<Database>,
  q: 'ledger' | 'steps',
  campaignId: string,
  since: Date,
) {
  const row =
    q === 'ledger'
      ? await db
          .selectFrom('aid_ledger_entry')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('campaign_id', '=', campaignId)
          .executeTakeFirstOrThrow()
      : await db
          .selectFrom('ident_step')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('event', '=', 'RECORD_AID')
          .where('at', '>=', since.toISOString())
          .executeTakeFirstOrThrow();
  return Number(row.n);
}
