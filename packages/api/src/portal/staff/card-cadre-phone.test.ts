import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filedHousehold, signedPlan } from '../../testing/aid-fixture';
import { failure } from '../../testing/errors';
import { createFixture, type Fixture } from '../../testing/fixture';

// The contact card prints the responsible cadre's work phone in full when they gave one, else the
// union hotline; staff set their own phone with auth.updateMyPhone, stored encrypted.
describe.each(driverTestTargets())('cadre phone on the contact card on $name', (target) => {
  let f: Fixture;
  let householdId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    householdId = await filedHousehold(f);
    await signedPlan(f, householdId); // zunyiCw is the responsible cadre
  });
  afterAll(() => f?.close());

  const staffRow = (user: 'zunyiCw' | 'zunyiCw2') =>
    f.handle.db
      .selectFrom('staff_user')
      .select(['phone_enc', 'phone_last4', 'version'])
      .where('id', '=', f.actor(user).userId)
      .executeTakeFirstOrThrow();
  const issue = () => f.as('zunyiCw').portal.issueCard({ householdId });

  it('without a cadre phone the card carries the union hotline only', async () => {
    const card = await issue();
    expect(card).toMatchObject({ cadreName: '测试zunyiCw', cadrePhone: null });
  });

  it('a cadre sets their own phone: stored encrypted, audited masked, printed in full', async () => {
    const before = await staffRow('zunyiCw');
    expect(await f.as('zunyiCw').auth.updateMyPhone({ phone: '13900001234' })).toEqual({
      phone: '139****1234',
      version: before.version + 1,
    });
    const row = await staffRow('zunyiCw');
    expect(row.phone_last4).toBe('1234');
    expect(Buffer.from(row.phone_enc!).toString('latin1')).not.toContain('13900001234');
    const audit = await f.handle.db
      .selectFrom('audit_event')
      .select(['actor_id', 'after'])
      .where('action', '=', 'auth.update_my_phone')
      .execute();
    expect(audit).toEqual([{ actor_id: f.actor('zunyiCw').userId, after: { phone: '139****1234' } }]);
    expect((await issue()).cadrePhone).toBe('13900001234');
  });

  it("another staff member's phone is theirs alone; a bad number changes nothing", async () => {
    await f.as('zunyiCw2').auth.updateMyPhone({ phone: '13700007777' });
    expect((await issue()).cadrePhone).toBe('13900001234');
    const before = await staffRow('zunyiCw');
    const bad = await failure(f.as('zunyiCw').auth.updateMyPhone({ phone: '12345' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(await staffRow('zunyiCw')).toEqual(before);
    expect((await failure(f.as(null).auth.updateMyPhone({ phone: '13900001234' }))).code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('clearing the phone puts the hotline back on the card', async () => {
    expect(await f.as('zunyiCw').auth.updateMyPhone({ phone: null })).toMatchObject({ phone: null });
    expect(await staffRow('zunyiCw')).toMatchObject({ phone_enc: null, phone_last4: null });
    expect((await issue()).cadrePhone).toBeNull();
  });
});
