import { hashPassword } from '@bangfu/api';
import { createFixture, type Fixture } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi } from './serve-for-tests';

// Through real HTTP: the Express app, the tRPC adapter, cookies and headers.
describe.each(driverTestTargets())('HTTP server on $name', (target) => {
  let f: Fixture;
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    f = await createFixture(target);
    await f.handle.db
      .updateTable('staff_user')
      .set({ password_hash: await hashPassword('Http-test-pass-1') })
      .where('username', '=', 'zunyicw')
      .execute();
    ({ base, close } = await serveApi(f.services));
  });
  afterAll(async () => {
    close?.();
    await f?.close();
  });

  const signIn = (headers: Record<string, string>) =>
    fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username: 'zunyicw', password: 'Http-test-pass-1' }),
    });

  it('answers /healthz and sets security headers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(await res.json()).toEqual({ ok: true, db: 'ok' });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a mutation without the anti-CSRF header', async () => {
    const res = await signIn({});
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { data: { domainCode: string } } };
    expect(body.error.data.domainCode).toBe('CSRF');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('signs in with an httpOnly, SameSite session cookie that then authorises queries', async () => {
    const res = await signIn({ 'x-bangfu-csrf': '1' });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bangfu_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = cookie.split(';')[0]!;
    const list = await fetch(`${base}/trpc/households.list?input=${encodeURIComponent('{}')}`, {
      headers: { cookie: session },
    });
    expect(list.status).toBe(200);
    const anonymous = await fetch(`${base}/trpc/households.list?input=${encodeURIComponent('{}')}`);
    expect(anonymous.status).toBe(401);
  });

  it('gives a 400 with field errors for bad input, never a 500', async () => {
    const res = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bangfu-csrf': '1' },
      body: JSON.stringify({ username: 42 }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { data: { domainCode: string; fieldErrors: object } } };
    expect(body.error.data.domainCode).toBe('VALIDATION');
    expect(Object.keys(body.error.data.fieldErrors)).toContain('username');
  });

  it('serves /metrics without personal data', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('bangfu_http_requests_total');
  });
});
