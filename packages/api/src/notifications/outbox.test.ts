import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { DEFAULT_OUTBOX_POLICY, OUTBOX_POLICY_KIND, OutboxPolicySchema } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPolicy } from '../policies/load-policy';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  advanceMinutes,
  createScriptedSender,
  enqueueSms,
  notificationRow,
  outboxCounts,
} from '../testing/notifications-fixture';
import { dispatchDueNotifications } from './dispatch';
import { claimDueNotifications, markSent } from './outbox-claims';
import { senderRegistry } from './sender';

// Each test enqueues its own messages and drains the outbox before it ends, so none leaks into the next.
describe.each(driverTestTargets())('notification outbox on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const dispatch = (sender: ReturnType<typeof createScriptedSender>) =>
    dispatchDueNotifications(f.services, senderRegistry([sender]));

  it('retries a failing delivery with backoff and sends it exactly once', async () => {
    const [id] = await enqueueSms(f, 1, 'backoff');
    const sender = createScriptedSender(['fail', 'fail']);
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, failed: 1 });
    const first = await notificationRow(f, id!);
    expect(first).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(first.last_error).toBe('gateway timeout for ***********');
    expect(Date.parse(first.next_attempt_at!) - f.clock.now.getTime()).toBe(60_000);

    expect((await dispatch(sender)).claimed).toBe(0); // not due yet
    advanceMinutes(f, 1);
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, failed: 1 });
    expect(await notificationRow(f, id!)).toMatchObject({ status: 'FAILED', attempts: 2 });
    advanceMinutes(f, 1);
    expect((await dispatch(sender)).claimed).toBe(0); // the second wait is 2 minutes
    advanceMinutes(f, 1);
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, sent: 1 });
    advanceMinutes(f, 60);
    expect((await dispatch(sender)).claimed).toBe(0);

    expect(sender.calls.map((c) => c.id)).toEqual([id, id, id]); // one idempotency key throughout
    expect(sender.delivered.get(id!)).toBe(1);
    expect(await notificationRow(f, id!)).toMatchObject({
      status: 'SENT',
      attempts: 3,
      provider_message_id: `p-${id}-3`,
      last_error: null,
    });
  });

  it('two dispatchers racing over the same rows send each message once', async () => {
    // Small batches, so both dispatchers keep claiming while the other is mid-send.
    await publishPolicy(f.context('admin'), {
      kind: OUTBOX_POLICY_KIND,
      schema: OutboxPolicySchema,
      body: { ...DEFAULT_OUTBOX_POLICY, batchSize: 3 },
      effectiveFrom: '2026-01-01',
    });
    const ids = await enqueueSms(f, 12, 'race');
    const sender = createScriptedSender();
    const drain = async () => {
      while ((await dispatch(sender)).claimed > 0);
    };
    await Promise.all([drain(), drain(), drain()]);
    expect([...sender.delivered.keys()].sort()).toEqual([...ids].sort());
    expect([...sender.delivered.values()].every((n) => n === 1)).toBe(true);
    expect(sender.calls).toHaveLength(12);
  });

  it('retries a SENDING message whose dispatcher died only after its lease, exactly once', async () => {
    const [id] = await enqueueSms(f, 1, 'lease');
    // A dispatcher claims the message and dies before it sends or records anything.
    const [dead] = await withTransaction(f.handle.db, (trx) =>
      claimDueNotifications(trx, { now: f.services.now(), channels: ['SMS'], policy: DEFAULT_OUTBOX_POLICY }),
    );
    expect(dead?.id).toBe(id);
    const sender = createScriptedSender();
    advanceMinutes(f, DEFAULT_OUTBOX_POLICY.leaseMinutes - 1);
    expect((await dispatch(sender)).claimed).toBe(0); // still leased
    advanceMinutes(f, 1);
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, sent: 1 });
    expect((await dispatch(sender)).claimed).toBe(0);
    advanceMinutes(f, 60);
    expect((await dispatch(sender)).claimed).toBe(0);
    expect(sender.calls.map((c) => c.id)).toEqual([id]);

    // The dead dispatcher's late answer is fenced off by its claim token: nothing changes.
    const before = await notificationRow(f, id!);
    expect(await markSent(f.handle.db, dead!, { providerMessageId: 'late', now: f.services.now() })).toBe(
      false,
    );
    expect(await notificationRow(f, id!)).toEqual(before);
    expect(before).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('gives up after the last try, and an admin puts a given-up message back once', async () => {
    const [id] = await enqueueSms(f, 1, 'dead');
    const sender = createScriptedSender(['fail', 'fail', 'fail', 'fail', 'fail']);
    for (let i = 0; i < DEFAULT_OUTBOX_POLICY.maxAttempts; i++) {
      await dispatch(sender);
      advanceMinutes(f, 60);
    }
    const dead = await notificationRow(f, id!);
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 5, next_attempt_at: null });
    expect((await dispatch(sender)).claimed).toBe(0);

    expect(
      (await failure(f.as('zunyiCw').notifications.retry({ id: id!, version: dead.version }))).domainCode,
    ).toBe('FORBIDDEN');
    const counts = await outboxCounts(f);
    const stale = await failure(f.as('admin').notifications.retry({ id: id!, version: dead.version - 1 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect(await outboxCounts(f)).toEqual(counts);
    expect(await notificationRow(f, id!)).toEqual(dead);

    const retried = await f.as('admin').notifications.retry({ id: id!, version: dead.version });
    expect(retried).toMatchObject({ status: 'PENDING', attempts: 0, version: dead.version + 1 });
    const again = await failure(f.as('admin').notifications.retry({ id: id!, version: retried.version }));
    expect(again.domainCode).toBe('RULE_VIOLATION');
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, sent: 1 });
    expect(sender.delivered.get(id!)).toBe(1);
  });

  it('sends a message a retry cannot fix straight to DEAD', async () => {
    const [id] = await enqueueSms(f, 1, 'permanent');
    const sender = createScriptedSender(['permanent']);
    expect(await dispatch(sender)).toMatchObject({ claimed: 1, dead: 1 });
    expect(await notificationRow(f, id!)).toMatchObject({ status: 'DEAD', attempts: 1 });
  });

  it('stores a dedupe key once: a second enqueue of the same message does nothing', async () => {
    const first = await enqueueSms(f, 2, 'dedupe');
    const again = await enqueueSms(f, 3, 'dedupe');
    expect(first).toHaveLength(2);
    expect(again).toHaveLength(1); // only the third key is new
    const sender = createScriptedSender();
    while ((await dispatch(sender)).claimed > 0);
    expect(sender.calls).toHaveLength(3);
  });

  it('leaves a channel without a sender waiting in the outbox', async () => {
    const [id] = await enqueueSms(f, 1, 'no-sender');
    const wechat = createScriptedSender([], { channel: 'WECHAT' });
    expect((await dispatch(wechat)).claimed).toBe(0);
    expect(await notificationRow(f, id!)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await dispatch(createScriptedSender())).toMatchObject({ sent: 1 });
  });
});
