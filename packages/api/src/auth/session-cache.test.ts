import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CookieJar, StaffActor } from '../context';
import { createContext } from '../create-context';
import { createCaller } from '../root';
import { createFixture, type Fixture } from '../testing/fixture';
import { browserJar } from '../testing/portal-fixture';
import { hashPassword } from './password';
import { SessionCache } from './session-cache';
import { hashSessionToken } from './session-token';

const actor = (userId: string): StaffActor => ({
  userId,
  username: userId,
  displayName: userId,
  roles: ['admin'],
  orgId: 'o',
  orgPath: '/520000/',
});

describe('SessionCache', () => {
  const t0 = new Date('2026-11-29T02:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const opts = { maxAgeMs: 900_000, idleMs: 1_800_000, touchEveryMs: 60_000, maxEntries: 10 };
  const hour = 3_600_000;

  it('answers while used, until its maximum age or the session’s own end', () => {
    const cache = new SessionCache<StaffActor>(opts);
    cache.set('a', actor('a'), t0, at(hour));
    cache.set('b', actor('b'), t0, at(10_000));
    expect(cache.get('a', at(899_999))?.actor.userId).toBe('a');
    expect(cache.get('a', at(900_000))).toBeUndefined();
    expect(cache.get('b', at(9_999))?.actor.userId).toBe('b');
    expect(cache.get('b', at(10_000))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets a session left idle past the limit, so the database ends it', () => {
    const cache = new SessionCache<StaffActor>({ ...opts, maxAgeMs: 10 * hour, idleMs: 60_000 });
    cache.set('a', actor('a'), t0, at(10 * hour));
    expect(cache.get('a', at(50_000))?.actor.userId).toBe('a');
    expect(cache.get('a', at(110_000))?.actor.userId).toBe('a'); // used 60 s after the last use
    expect(cache.get('a', at(170_001))).toBeUndefined();
  });

  it('asks for a last-seen write once a minute while used', () => {
    const cache = new SessionCache<StaffActor>(opts);
    cache.set('a', actor('a'), t0, at(hour));
    const due = [30_000, 59_999, 60_000, 61_000, 120_000].map((ms) => cache.get('a', at(ms))?.touchDue);
    expect(due).toEqual([false, false, true, false, true]);
  });

  it('drops by token and by owner, and evicts the oldest beyond its bound', () => {
    const cache = new SessionCache<StaffActor>({ ...opts, maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) cache.set(id, actor(id), t0, at(hour));
    expect(cache.get('a', t0)).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.drop('b');
    cache.set('d', actor('d'), t0, at(hour));
    cache.dropWhere((x) => x.userId === 'c');
    expect([cache.get('b', t0), cache.get('c', t0), cache.get('d', t0)?.actor.userId]).toEqual([
      undefined,
      undefined,
      'd',
    ]);
  });
});

// The embedded engine is the one with the cache (one process, one session).
const pglite = driverTestTargets().filter((t) => t.name === 'pglite');

describe.each(pglite)('sessions while a long write holds the embedded database ($name)', (target) => {
  let f: Fixture;
  const PASSWORD = 'Correct-horse-42';
  const jar = browserJar;
  const request = async (cookies: CookieJar) =>
    createCaller(
      await createContext(f.services, { ip: '10.0.0.9', userAgent: 'vitest', cookies, csrfOk: true }),
    );
  beforeAll(async () => {
    f = await createFixture(target);
    await f.handle.db
      .updateTable('staff_user')
      .set({ password_hash: await hashPassword(PASSWORD) })
      .where('username', '=', 'zunyicw')
      .execute();
  });
  afterAll(() => f?.close());

  /** Holds the one session in an open transaction until `release` is called. */
  const holdDatabase = () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let held!: () => void;
    const holding = new Promise<void>((r) => (held = r));
    const done = f.handle.db.transaction().execute(async (trx) => {
      await trx.selectFrom('org_unit').select('id').limit(1).execute();
      held();
      await released;
    });
    return {
      holding,
      release: () => {
        release();
        return done;
      },
    };
  };

  it('knows a session read in the last minute without waiting for the database', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'zunyicw', password: PASSWORD });
    expect((await (await request(cookies)).auth.me())?.username).toBe('zunyicw');
    const writer = holdDatabase();
    await writer.holding;
    try {
      // Who sent the request is known while the transaction is still open.
      const ctx = await createContext(f.services, {
        ip: '10.0.0.9',
        userAgent: 'vitest',
        cookies,
        csrfOk: true,
      });
      expect(ctx.actor?.username).toBe('zunyicw');
    } finally {
      await writer.release();
    }
  });

  it('a session not seen yet waits for the database, then resolves', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'zunyicw', password: PASSWORD });
    const writer = holdDatabase();
    await writer.holding;
    let answered = false;
    const ctx = createContext(f.services, {
      ip: '10.0.0.9',
      userAgent: 'vitest',
      cookies,
      csrfOk: true,
    }).then((c) => {
      answered = true;
      return c;
    });
    await new Promise((r) => setTimeout(r, 50));
    // Without the cache this is every request on the embedded engine: it queues.
    expect(answered).toBe(false);
    await writer.release();
    expect((await ctx).actor?.username).toBe('zunyicw');
  });

  it('forgets a session at sign-out, within the minute', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'zunyicw', password: PASSWORD });
    const token = cookies.value;
    expect((await (await request(cookies)).auth.me())?.username).toBe('zunyicw');
    await (await request(cookies)).auth.signOut();
    cookies.setSession(token!, 3600);
    expect(await (await request(cookies)).auth.me()).toBeNull();
  });

  it('writes last-seen of a busy cached session in the background, so the database agrees', async () => {
    const cookies = jar();
    await (await request(cookies)).auth.signIn({ username: 'zunyicw', password: PASSWORD });
    const token = cookies.value!;
    const lastSeen = async () =>
      (
        await f.handle.db
          .selectFrom('staff_session')
          .select('last_seen_at')
          .where('token_hash', '=', hashSessionToken(token))
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    await request(cookies); // cached now
    const before = new Date(await lastSeen()).getTime();
    f.clock.now = new Date(f.clock.now.getTime() + 25 * 60_000);
    expect(
      (await createContext(f.services, { ip: null, userAgent: null, cookies, csrfOk: true })).actor,
    ).not.toBeNull();
    await expect.poll(async () => new Date(await lastSeen()).getTime()).toBe(f.clock.now.getTime());
    expect(f.clock.now.getTime() - before).toBe(25 * 60_000);
  });
});
