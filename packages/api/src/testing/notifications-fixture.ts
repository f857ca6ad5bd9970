import { withTransaction } from '@bangfu/db';
import type { NotificationChannel } from '@bangfu/domain';
import { enqueueNotification } from '../notifications/enqueue';
import {
  type NotificationSender,
  type OutgoingMessage,
  PermanentDeliveryError,
} from '../notifications/sender';
import { postEmployer, postPosition } from './employment-fixture';
import type { Fixture } from './fixture';
import { seedFamily } from './training-fixture';

export type ScriptStep = 'ok' | 'fail' | 'permanent';

/** A test gateway: follows its script per call ('ok' once the script is used up) and records everything. */
export interface ScriptedSender extends NotificationSender {
  readonly calls: OutgoingMessage[];
  /** Successful deliveries by notification id: a double send shows as a count above 1. */
  readonly delivered: Map<string, number>;
}

export function createScriptedSender(
  script: readonly ScriptStep[] = [],
  opts: { channel?: NotificationChannel; pause?: () => Promise<void> } = {},
): ScriptedSender {
  const steps = [...script];
  const calls: OutgoingMessage[] = [];
  const delivered = new Map<string, number>();
  return {
    channel: opts.channel ?? 'SMS',
    calls,
    delivered,
    async send(msg) {
      calls.push(msg);
      // Lets another dispatcher run in between, as a real network call would.
      await (opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 1))))();
      const step = steps.shift() ?? 'ok';
      if (step === 'fail') throw new Error('gateway timeout for 13800000000');
      if (step === 'permanent') throw new PermanentDeliveryError('number not in service');
      delivered.set(msg.id, (delivered.get(msg.id) ?? 0) + 1);
      return { providerMessageId: `p-${msg.id}-${calls.length}` };
    },
  };
}

/** Moves the fixture's clock on by whole minutes. */
export function advanceMinutes(f: Fixture, minutes: number): void {
  f.clock.now = new Date(f.clock.now.getTime() + minutes * 60_000);
}

/** Puts `count` SMS messages straight into the outbox (as a push would) and returns their ids. */
export async function enqueueSms(f: Fixture, count: number, tag: string): Promise<string[]> {
  const orgPath = (
    await f.handle.db
      .selectFrom('org_unit')
      .select('path')
      .where('code', '=', '520302')
      .executeTakeFirstOrThrow()
  ).path;
  return withTransaction(f.handle.db, async (trx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = await enqueueNotification(trx, f.services, {
        dedupeKey: `test:${tag}:${i}`,
        householdId: null,
        orgPath,
        channel: 'SMS',
        recipient: `1390000${String(i).padStart(4, '0')}`,
        template: 'JOB_MATCH_SUMMARY',
        params: { count: 1 },
        createdBy: null,
      });
      if (id) ids.push(id);
    }
    return ids;
  });
}

export async function notificationRow(f: Fixture, id: string) {
  return f.handle.db
    .selectFrom('notification')
    .select(['status', 'attempts', 'next_attempt_at', 'provider_message_id', 'last_error', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Rows of the outbox and interest tables and the audit log, to show a refused request changed nothing. */
export async function outboxCounts(f: Fixture): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['notification', 'worker_interest', 'audit_event'] as const) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

/** Three open 遵义 positions and two filed 遵义 households (A, B) that match them. */
export async function seedJobScene(f: Fixture) {
  const employer = await postEmployer(f);
  const positions = [
    await postPosition(f, employer, { title: '家政服务员' }),
    await postPosition(f, employer, { title: '快递分拣员', category: 'LOGISTICS', hours: 'FULL_TIME' }),
    await postPosition(f, employer, { title: '超市理货员', category: 'RETAIL', hours: 'SHIFTS' }),
  ];
  const a = await seedFamily(f);
  const b = await seedFamily(f);
  return { employer, positions, a, b };
}
