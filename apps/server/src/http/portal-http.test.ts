import { createFixture, type Fixture } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHousehold, insertPlan } from '../../../../packages/api/src/testing/portal-fixture';
import { serveApi } from './serve-for-tests';

// The worker portal over real HTTP: its own Strict cookie, resolved beside (never as) a staff session.
describe.each(driverTestTargets())('worker portal over HTTP on $name', (target) => {
  let f: Fixture;
  let base: string;
  let close: () => void;
  let idNumber: string;
  let code: string;
  beforeAll(async () => {
    f = await createFixture(target);
    const h = await fileHousehold(f);
    idNumber = h.idNumber;
    await insertPlan(f, h.householdId, { planNo: 1, status: 'SIGNED' });
    code = (await f.as('zunyiCw').portal.issueCard({ householdId: h.householdId })).code;
    ({ base, close } = await serveApi(f.services));
  });
  afterAll(async () => {
    close?.();
    await f?.close();
  });

  const post = (path: string, body: unknown, cookie = '') =>
    fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bangfu-csrf': '1', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('activates into an httpOnly, SameSite=Strict worker cookie that reaches worker procedures only', async () => {
    const res = await post('portal.activate', { idNumber, code });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bangfu_worker_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0]!;
    expect((await post('portal.setPin', { pin: '583920' }, session)).status).toBe(200);
    const mine = await fetch(`${base}/trpc/portal.myCase`, { headers: { cookie: session } });
    expect(mine.status).toBe(200);
    const staff = await fetch(`${base}/trpc/households.list?input=${encodeURIComponent('{}')}`, {
      headers: { cookie: session },
    });
    expect(staff.status).toBe(401);
    // The worker cookie under the staff cookie's name is not a staff session either.
    const swapped = await fetch(`${base}/trpc/households.list?input=${encodeURIComponent('{}')}`, {
      headers: { cookie: session.replace('bangfu_worker_sid', 'bangfu_sid') },
    });
    expect(swapped.status).toBe(401);
    const out = await post('portal.signOut', undefined, session);
    expect(out.status, await out.clone().text()).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^bangfu_worker_sid=;/);
    expect((await fetch(`${base}/trpc/portal.myCase`, { headers: { cookie: session } })).status).toBe(401);
  });
});
