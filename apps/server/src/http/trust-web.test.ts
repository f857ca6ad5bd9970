import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@bangfu/api';
import { createFixture, type Fixture } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { PasswordSchema } from '@bangfu/domain';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieJar, workerCookieJar } from './cookies';
import { serveApi, serveOnLoopback } from './serve-for-tests';

const PASSWORD = 'Web-test-pass-1';
const APPS = ['caseworker', 'portal', 'kiosk'] as const;
/** The three apps' real index.html (the built ones keep the same script tags), each in its own dir. */
function webDirs() {
  const root = mkdtempSync(join(tmpdir(), 'bangfu-trust-web-'));
  const dirs = {} as Record<(typeof APPS)[number], string>;
  for (const a of APPS) {
    dirs[a] = join(root, a);
    mkdirSync(dirs[a]);
    copyFileSync(new URL(`../../../${a}/index.html`, import.meta.url), join(dirs[a], 'index.html'));
  }
  return dirs;
}

// Sessions, sign-in throttling, cookies and the HTML's security headers, over real HTTP.
describe.each(driverTestTargets())('web security over HTTP on $name', (target) => {
  let f: Fixture;
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    f = await createFixture(target);
    const hash = await hashPassword(PASSWORD);
    await f.handle.db.updateTable('staff_user').set({ password_hash: hash }).execute();
    const services = { ...f.services, auth: { ...f.services.auth, secureCookies: true } };
    ({ base, close } = await serveApi(services, { webDirs: webDirs() }));
  });
  afterAll(async () => {
    close?.();
    await f?.close();
  });

  // The app trusts X-Forwarded-For from loopback (its reverse proxy), so tests choose the address.
  const signIn = (username: string, password: string, address = '10.1.0.1') =>
    fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bangfu-csrf': '1', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password }),
    });
  const domainCode = async (res: Response) =>
    ((await res.json()) as { error?: { data?: { domainCode?: string } } }).error?.data?.domainCode ?? 'OK';
  const me = async (cookie: string) =>
    (
      (await (await fetch(`${base}/trpc/auth.me`, { headers: { cookie } })).json()) as {
        result?: { data: unknown };
      }
    ).result?.data ?? null;
  const advance = (minutes: number) => {
    f.clock.now = new Date(f.clock.now.getTime() + minutes * 60_000);
  };

  it('sets the staff cookie HttpOnly, SameSite=Lax, Secure, Path=/ with the absolute lifetime', async () => {
    const cookie = (await signIn('zunyicw', PASSWORD)).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bangfu_sid=[\w-]{40,};/);
    for (const flag of [/; HttpOnly/i, /; SameSite=Lax/i, /; Secure/i, /; Path=\//i, /; Max-Age=43200/i])
      expect(cookie).toMatch(flag);
  });

  it('ends a busy session at its absolute lifetime (12 h), an idle one after 30 min', async () => {
    const idle = ((await signIn('hhgreviewer', PASSWORD)).headers.get('set-cookie') ?? '').split(';')[0]!;
    advance(29);
    expect(await me(idle)).not.toBeNull();
    advance(31);
    expect(await me(idle)).toBeNull();
    const busy = ((await signIn('zunyicw2', PASSWORD)).headers.get('set-cookie') ?? '').split(';')[0]!;
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      expect(await me(busy), `busy at ${elapsed} min`).not.toBeNull();
      advance(20);
    }
    advance(30);
    expect(await me(busy)).toBeNull();
  });

  it('locks an account after 5 failures for that account only, from any address', async () => {
    for (let i = 0; i < 5; i++)
      expect(await domainCode(await signIn('bijiecw', 'wrong-pass-1', `10.2.0.${i}`))).toBe(
        'INVALID_CREDENTIALS',
      );
    expect(await domainCode(await signIn('bijiecw', PASSWORD, '10.2.1.1'))).toBe('ACCOUNT_LOCKED');
    expect(await domainCode(await signIn('volunteer', PASSWORD, '10.2.0.1'))).toBe('OK');
    advance(16);
    expect(await domainCode(await signIn('bijiecw', PASSWORD, '10.2.1.1'))).toBe('OK');
  });

  it('blocks an address after 30 failures across accounts, and only that address', async () => {
    const users = [
      'auditor',
      'fundofficer',
      'employmentofficer',
      'bijievolunteer',
      'zunyireviewer',
      'provincereviewer',
    ];
    for (let i = 0; i < 30; i++) await signIn(users[i % users.length]!, `wrong-pass-${i}`, '10.3.0.1');
    expect(await domainCode(await signIn('grassrootscw', PASSWORD, '10.3.0.1'))).toBe('TOO_MANY_ATTEMPTS');
    expect(await domainCode(await signIn('grassrootscw', PASSWORD, '10.3.0.2'))).toBe('OK');
  });

  it('holds passwords to 10+ characters with letters and digits', () => {
    for (const weak of ['short1a', 'onlyletterspassword', '12345678901234', ''])
      expect(PasswordSchema.safeParse(weak).success, weak).toBe(false);
    expect(PasswordSchema.safeParse('x'.repeat(129)).success).toBe(false);
    expect(PasswordSchema.safeParse(PASSWORD).success).toBe(true);
  });

  it.each(['/', '/cases/1', '/portal/', '/portal/privacy', '/kiosk/', '/kiosk/fairs/1'])(
    'serves %s with a strict CSP and the security headers',
    async (path) => {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      const csp = Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(csp['default-src']).toBe("'self'");
      expect(csp['script-src']).toBe("'self'");
      expect(csp['script-src-attr']).toBe("'none'");
      expect(csp['object-src']).toBe("'none'");
      expect(csp['frame-ancestors']).toBe("'none'");
      expect(csp['base-uri']).toBe("'self'");
      expect(csp['form-action']).toBe("'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      // No inline script the CSP would have to allow: every <script> has a src, no on* handlers.
      const html = await res.text();
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    },
  );

  it('the worker cookie is Strict, and both are Secure only when asked', async () => {
    const app = express();
    app.get('/:kind/:secure', (req, res) => {
      const jar = req.params.kind === 'worker' ? workerCookieJar : cookieJar;
      jar(req, res, req.params.secure === '1').setSession('t'.repeat(43), 60);
      res.end();
    });
    const { base: at, close: stop } = await serveOnLoopback(app);
    const worker = (await fetch(`${at}/worker/1`)).headers.get('set-cookie') ?? '';
    expect(worker).toMatch(
      /^bangfu_worker_sid=t+; Max-Age=60; Path=\/; .*HttpOnly; Secure; SameSite=Strict$/,
    );
    expect((await fetch(`${at}/worker/0`)).headers.get('set-cookie')).not.toMatch(/Secure/);
    expect((await fetch(`${at}/staff/0`)).headers.get('set-cookie')).not.toMatch(/Secure/);
    stop();
  });

  it('keeps the apps’ source HTML free of inline scripts', () => {
    for (const a of APPS) {
      const html = readFileSync(new URL(`../../../${a}/index.html`, import.meta.url), 'utf8');
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], a).toEqual([]);
    }
  });
});
