import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, makeIdNumber } from '../testing/fixture';
import {
  browserJar,
  type FiledHousehold,
  fileHousehold,
  insertPlan,
  portalRequest,
  tick,
} from '../testing/portal-fixture';

describe.each(driverTestTargets())('contact card and worker sign-in on $name', (target) => {
  let f: Fixture;
  let a: FiledHousehold;
  const cards = (householdId: string) =>
    f.handle.db.selectFrom('contact_card').selectAll().where('household_id', '=', householdId).execute();
  beforeAll(async () => {
    f = await createFixture(target);
    a = await fileHousehold(f);
  });
  afterAll(() => f?.close());

  it('issues no card until the plan is signed, and changes nothing when refusing', async () => {
    const err = await failure(f.as('zunyiCw').portal.issueCard({ householdId: a.householdId }));
    expect(err.domainCode).toBe('PLAN_NOT_SIGNED');
    expect(await cards(a.householdId)).toEqual([]);
    // Out of scope reads as not found.
    await insertPlan(f, a.householdId, { planNo: 1, status: 'SIGNED' });
    expect((await failure(f.as('bijieCw').portal.issueCard({ householdId: a.householdId }))).domainCode).toBe(
      'NOT_FOUND',
    );
  });

  it('activates with the printed code once, then asks for a PIN before anything else', async () => {
    const card = await f.as('zunyiCw').portal.issueCard({ householdId: a.householdId });
    expect(card).toMatchObject({
      fileNo: expect.stringMatching(/^GZ-520302-2026-\d{6}$/),
      headName: '张*国',
      cadreName: '测试zunyiCw',
    });
    expect(card.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(card.qrUrl).toBe('/portal/activate');
    const stored = await cards(a.householdId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.code_hash).not.toContain(card.code.replace('-', ''));
    expect(await f.as('zunyiCw').portal.cardHistory({ householdId: a.householdId })).toMatchObject([
      { state: 'LIVE' },
    ]);

    const jar = browserJar();
    const res = await (await portalRequest(f, jar)).portal.activate({
      idNumber: a.idNumber,
      code: card.code,
    });
    expect(res).toEqual({ pinSet: false });
    expect(jar.value).toMatch(/^[\w-]{40,}$/);
    const fresh = await portalRequest(f, jar);
    expect(await fresh.portal.session()).toEqual({ pinSet: false, name: '张*国' });
    expect((await failure(fresh.portal.myCase())).domainCode).toBe('FORBIDDEN');
    for (const pin of ['123456', '000000', '12345']) {
      expect((await failure(fresh.portal.setPin({ pin }))).domainCode).toBe('VALIDATION');
    }
    await fresh.portal.setPin({ pin: '583920' });
    expect((await (await portalRequest(f, jar)).portal.myCase()).status).toBe('FILED');

    // The code is spent: a second activation with it is refused.
    const again = await failure(
      (await portalRequest(f, browserJar())).portal.activate({ idNumber: a.idNumber, code: card.code }),
    );
    expect(again.domainCode).toBe('INVALID_CREDENTIALS');
  });

  it('signs in with the PIN, and out again', async () => {
    const jar = browserJar();
    await (await portalRequest(f, jar)).portal.signIn({ idNumber: a.idNumber, pin: '583920' });
    expect((await (await portalRequest(f, jar)).portal.session())?.pinSet).toBe(true);
    await (await portalRequest(f, jar)).portal.signOut();
    expect(jar.value).toBeNull();
    const wrong = await failure(
      (await portalRequest(f, browserJar())).portal.signIn({ idNumber: a.idNumber, pin: '583921' }),
    );
    expect(wrong.domainCode).toBe('INVALID_CREDENTIALS');
  });

  it('revokes the old code when a card is reprinted', async () => {
    tick(f);
    const first = await f.as('zunyiCw').portal.issueCard({ householdId: a.householdId });
    tick(f);
    const second = await f.as('zunyiCw2').portal.issueCard({ householdId: a.householdId });
    expect(second.revokedCards).toBe(1);
    const old = await failure(
      (await portalRequest(f, browserJar())).portal.activate({ idNumber: a.idNumber, code: first.code }),
    );
    expect(old.domainCode).toBe('INVALID_CREDENTIALS');
    const history = await f.as('zunyiCw').portal.cardHistory({ householdId: a.householdId });
    expect(history.map((c) => c.state)).toEqual(['LIVE', 'REVOKED', 'USED']);
    const jar = browserJar();
    await (await portalRequest(f, jar)).portal.activate({ idNumber: a.idNumber, code: second.code });
    // A new activation forgets the old PIN: the worker chooses one again.
    expect((await (await portalRequest(f, jar)).portal.session())?.pinSet).toBe(false);
  });

  it('locks an ID number after repeated wrong codes, even against the right one, and hides who is on file', async () => {
    const b = await fileHousehold(f);
    await insertPlan(f, b.householdId, { planNo: 1, status: 'SIGNED' });
    const card = await f.as('zunyiCw').portal.issueCard({ householdId: b.householdId });
    for (let i = 0; i < f.services.auth.accountMaxFailures; i++) {
      const err = await failure(
        (await portalRequest(f, browserJar(), { ip: `10.3.0.${i}` })).portal.activate({
          idNumber: b.idNumber,
          code: 'ABCDE-FGHJK',
        }),
      );
      expect(err.domainCode).toBe('INVALID_CREDENTIALS');
    }
    const locked = await failure(
      (await portalRequest(f, browserJar())).portal.activate({ idNumber: b.idNumber, code: card.code }),
    );
    expect(locked.domainCode).toBe('ACCOUNT_LOCKED');
    expect((await cards(b.householdId))[0]!.used_at).toBeNull();
    // An ID number nobody holds gets the very same answer as a wrong code.
    const unknown = await failure(
      (await portalRequest(f, browserJar(), { ip: '10.4.0.1' })).portal.activate({
        idNumber: makeIdNumber('520302', '19700101'),
        code: 'ABCDE-FGHJK',
      }),
    );
    const wrongCode = await failure(
      (await portalRequest(f, browserJar(), { ip: '10.4.0.2' })).portal.activate({
        idNumber: a.idNumber,
        code: 'ABCDE-FGHJK',
      }),
    );
    expect(unknown).toEqual(wrongCode);
    f.clock.now = new Date(f.clock.now.getTime() + (f.services.auth.accountLockMinutes + 1) * 60_000);
    expect(
      await (await portalRequest(f, browserJar())).portal.activate({ idNumber: b.idNumber, code: card.code }),
    ).toEqual({ pinSet: false });
  });

  it('throttles an address that keeps guessing across ID numbers', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < f.services.auth.addressMaxFailures; i++) {
      await failure(
        (await portalRequest(f, browserJar(), { ip })).portal.signIn({
          idNumber: makeIdNumber('520302', '19750101'),
          pin: '999999',
        }),
      );
    }
    const err = await failure(
      (await portalRequest(f, browserJar(), { ip })).portal.signIn({ idNumber: a.idNumber, pin: '583920' }),
    );
    expect(err.domainCode).toBe('TOO_MANY_ATTEMPTS');
    // Staff sign-in from the same address is not affected by the portal's counter.
    const staff = await failure(f.as(null).auth.signIn({ username: 'nobody', password: 'x-wrong-pass-1' }));
    expect(staff.domainCode).toBe('INVALID_CREDENTIALS');
  });
});
