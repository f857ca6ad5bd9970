import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { createScriptedSender, outboxCounts, seedJobScene } from '../testing/notifications-fixture';
import { seedFamily } from '../testing/training-fixture';
import { dispatchDueNotifications } from './dispatch';
import { senderRegistry } from './sender';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

// The fixture's clock reads 2026-11-29 in Asia/Shanghai; the scene's positions are open then.
describe.each(driverTestTargets())('送岗到户 pushMatches on $name', (target) => {
  let f: Fixture;
  let scene: Awaited<ReturnType<typeof seedJobScene>>;
  beforeAll(async () => {
    f = await createFixture(target);
    scene = await seedJobScene(f);
  });
  afterAll(() => f?.close());

  it('pushes the top matches to the inbox once each, with one SMS reminder to the head', async () => {
    const matches = await f.as('zunyiCw').matching.forHousehold({ householdId: scene.a.id, limit: 2 });
    const first = await f.as('zunyiCw').notifications.pushMatches({ householdId: scene.a.id, limit: 2 });
    expect(first.pushedPositionIds).toEqual(matches.ranked.map((m) => m.position.id));
    expect(first).toMatchObject({ alreadyPushed: 0, smsQueued: true });

    const counts = await outboxCounts(f);
    const again = await f
      .as('employmentOfficer')
      .notifications.pushMatches({ householdId: scene.a.id, limit: 2 });
    expect(again).toMatchObject({ pushedPositionIds: [], alreadyPushed: 2, smsQueued: false });
    expect((await outboxCounts(f)).notification).toBe(counts.notification);

    // A wider push adds only the position not sent before, and one more reminder for it.
    const wider = await f.as('zunyiCw').notifications.pushMatches({ householdId: scene.a.id, limit: 3 });
    expect(wider).toMatchObject({ alreadyPushed: 2, smsQueued: true });
    expect(wider.pushedPositionIds).toHaveLength(1);

    const list = await f.as('zunyiCw').notifications.list({ householdId: scene.a.id });
    expect(list.items.filter((n) => n.channel === 'PORTAL')).toHaveLength(3);
    const sms = list.items.filter((n) => n.channel === 'SMS');
    expect(sms.map((n) => n.text.zh).sort()).toEqual([
      '您有1个新的岗位推荐,请登录帮扶服务平台查看。',
      '您有2个新的岗位推荐,请登录帮扶服务平台查看。',
    ]);
    expect(sms.every((n) => n.recipientLast4 === '1234' && n.status === 'PENDING')).toBe(true);
    const stats = await f.as('zunyiCw').notifications.stats();
    expect(stats.byStatus).toMatchObject({ SENT: 3, PENDING: 2 });
  });

  it('sends SMS texts and stores params that carry no personal data', async () => {
    const sender = createScriptedSender();
    const report = await dispatchDueNotifications(f.services, senderRegistry([sender]));
    expect(report).toMatchObject({ claimed: 2, sent: 2 });
    const members = await f.handle.db
      .selectFrom('household_member')
      .select(['name'])
      .where('household_id', '=', scene.a.id)
      .execute();
    const rows = await f.handle.db.selectFrom('notification').select(['params', 'recipient_enc']).execute();
    const stored = JSON.stringify(rows.map((r) => r.params));
    const sent = JSON.stringify(sender.calls.map((c) => ({ text: c.text, params: c.params })));
    for (const text of [stored, sent]) {
      for (const m of members) expect(text).not.toContain(m.name);
      // No phone, ID or account number (ids are UUIDs, whose hex may hold long digit runs).
      expect(text.replace(UUID, '')).not.toMatch(/\d{11,}/);
      expect(text).not.toMatch(/收入|疾病|癌|income|illness/i);
    }
    expect(sender.calls.every((c) => c.recipient === '13812341234')).toBe(true);
    expect(
      rows.every(
        (r) =>
          !Buffer.from(r.recipient_enc ?? [])
            .toString()
            .includes('13812341234'),
      ),
    ).toBe(true);
  });

  it('refuses a household out of scope, not filed, or a role without the right, changing nothing', async () => {
    const draft = await seedFamily(f, { status: 'DRAFT' });
    const counts = await outboxCounts(f);
    const bijie = await failure(f.as('bijieCw').notifications.pushMatches({ householdId: scene.b.id }));
    expect(bijie.domainCode).toBe('NOT_FOUND');
    const volunteer = await failure(f.as('volunteer').notifications.pushMatches({ householdId: scene.b.id }));
    expect(volunteer.domainCode).toBe('FORBIDDEN');
    const notFiled = await failure(f.as('zunyiCw').notifications.pushMatches({ householdId: draft.id }));
    expect(notFiled.domainCode).toBe('NOT_ELIGIBLE');
    expect(await outboxCounts(f)).toEqual(counts);
  });

  it('lists and counts only the outbox of the actor’s subtree', async () => {
    expect((await f.as('bijieCw').notifications.list({})).items).toEqual([]);
    expect((await f.as('bijieCw').notifications.list({ householdId: scene.a.id })).items).toEqual([]);
    expect((await f.as('bijieCw').notifications.stats()).byStatus.SENT).toBe(0);
    const page = await f.as('admin').notifications.list({ limit: 2 });
    expect(page.items).toHaveLength(2);
    const next = await f.as('admin').notifications.list({ limit: 2, cursor: page.nextCursor! });
    expect(next.items[0]!.id < page.items[1]!.id).toBe(true);
    const sent = await f.as('admin').notifications.list({ status: 'SENT' });
    expect(sent.items.every((n) => n.status === 'SENT')).toBe(true);
    expect(sent.items).toHaveLength(5);
  });
});
