import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CookieJar } from '../context';
import { createContext } from '../create-context';
import { createCaller } from '../root';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { hashPassword } from './password';

function jar(): CookieJar & { value: string | null } {
  const j = {
    value: null as string | null,
    get sessionToken() {
      return j.value;
    },
    setSession(token: string) {
      j.value = token;
    },
    clearSession() {
      j.value = null;
    },
  };
  return j;
}

describe.each(driverTestTargets())('staff sign-in on $name', (target) => {
  let f: Fixture;
  const PASSWORD = 'Correct-horse-42';
  beforeAll(async () => {
    f = await createFixture(target);
    const hash = await hashPassword(PASSWORD);
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await f.handle.db.updateTable('staff_user').set({ password_hash: hash }).execute();
  });
  afterAll(() => f?.close());

  const request = async (cookies: CookieJar, opts: { csrfOk?: boolean; ip?: string } = {}) =>
    createCaller(
      await createContext(f.services, {
        ip: opts.ip ?? '10.0.0.1',
        userAgent: 'vitest',
        cookies,
        csrfOk: opts.csrfOk ?? true,
      }),
    );

  it('signs in with an httpOnly session whose token is stored only as a hash', async () => {
    const cookies = jar();
    const me = await (await request(cookies)).auth.signIn({ username: 'ZunyiCw', password: PASSWORD });
    expect(me.username).toBe('zunyicw');
    expect(me.org.name).toBe('红花岗区总工会');
    expect(cookies.value).toMatch(/^[\w-]{40,}$/);
    const stored = await f.handle.db.selectFrom('staff_session').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookies.value);
    expect((await (await request(cookies)).auth.me())?.username).toBe('zunyicw');
    const page = await (await request(cookies)).households.list({});
    expect(page.items).toEqual([]);
  });

  it('ends an idle session', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'bijiecw', password: PASSWORD });
    f.clock.now = new Date(f.clock.now.getTime() + 31 * 60_000);
    expect(await (await request(cookies)).auth.me()).toBeNull();
    expect((await failure((await request(cookies)).households.list({}))).domainCode).toBe('UNAUTHENTICATED');
  });

  it('signs out and forgets the session', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'auditor', password: PASSWORD });
    const token = cookies.value!;
    await (await request(cookies)).auth.signOut();
    expect(cookies.value).toBeNull();
    expect(await (await request({ ...jar(), sessionToken: token })).auth.me()).toBeNull();
  });

  it('says the same for an unknown user as for a wrong password', async () => {
    const wrong = await failure(
      (await request(jar())).auth.signIn({ username: 'admin', password: 'nope-nope-1' }),
    );
    const unknown = await failure(
      (await request(jar())).auth.signIn({ username: 'nobody', password: 'nope-nope-1' }),
    );
    expect(wrong.domainCode).toBe('INVALID_CREDENTIALS');
    expect(unknown).toEqual(wrong);
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    for (let i = 0; i < f.services.auth.accountMaxFailures; i++) {
      await failure(
        (await request(jar(), { ip: `10.1.0.${i}` })).auth.signIn({
          username: 'volunteer',
          password: 'bad-guess-1',
        }),
      );
    }
    const locked = await failure(
      (await request(jar())).auth.signIn({ username: 'volunteer', password: PASSWORD }),
    );
    expect(locked.domainCode).toBe('ACCOUNT_LOCKED');
    f.clock.now = new Date(f.clock.now.getTime() + (f.services.auth.accountLockMinutes + 1) * 60_000);
    expect(
      (await (await request(jar())).auth.signIn({ username: 'volunteer', password: PASSWORD })).username,
    ).toBe('volunteer');
  });

  it('throttles an address that keeps failing across accounts', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < f.services.auth.addressMaxFailures; i++) {
      await failure(
        (await request(jar(), { ip })).auth.signIn({ username: `guess${i}`, password: 'bad-guess-1' }),
      );
    }
    const throttled = await failure(
      (await request(jar(), { ip })).auth.signIn({ username: 'admin', password: PASSWORD }),
    );
    expect(throttled.domainCode).toBe('TOO_MANY_ATTEMPTS');
    // Another address is unaffected.
    expect(
      (
        await (
          await request(jar(), { ip: '10.9.9.10' })
        ).auth.signIn({ username: 'admin', password: PASSWORD })
      ).username,
    ).toBe('admin');
  });

  it('refuses a mutation without the anti-CSRF header', async () => {
    const err = await failure(
      (await request(jar(), { csrfOk: false })).auth.signIn({ username: 'admin', password: PASSWORD }),
    );
    expect(err.domainCode).toBe('CSRF');
  });
});
