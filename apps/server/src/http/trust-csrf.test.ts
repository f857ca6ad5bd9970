import { hashPassword } from '@bangfu/api';
import { createFixture, type Fixture } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../../../packages/api/src/testing/trust-authz-fixture';
import { sampleInput } from '../../../../packages/api/src/trust/authz/input-sampler';
import { PROCEDURES } from '../../../../packages/api/src/trust/authz/procedures';
import { serveApi } from './serve-for-tests';

const mutations = PROCEDURES.filter((p) => p.type === 'mutation');
const queries = PROCEDURES.filter((p) => p.type === 'query');
const bodyOf = (p: (typeof PROCEDURES)[number]) =>
  JSON.stringify(p.input ? sampleInput(p.input, () => null) : {});

// CSRF over real HTTP: every mutation, signed in, without the header; and the verbs each kind takes.
describe.each(driverTestTargets())('CSRF on every mutation over HTTP on $name', (target) => {
  let f: Fixture;
  let base: string;
  let close: () => void;
  let cookie: string;
  beforeAll(async () => {
    f = await createFixture(target);
    await f.handle.db
      .updateTable('staff_user')
      .set({ password_hash: await hashPassword('Csrf-test-pass-1') })
      .where('username', '=', 'admin')
      .execute();
    ({ base, close } = await serveApi(f.services));
    const res = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bangfu-csrf': '1' },
      body: JSON.stringify({ username: 'admin', password: 'Csrf-test-pass-1' }),
    });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    close?.();
    await f?.close();
  });

  it('signed in as admin to make the refusal about the header alone', () =>
    expect(cookie).toMatch(/^bangfu_sid=/));

  it('refuses every mutation without the header with 403 CSRF and changes nothing', async () => {
    const before = await databaseDigest(f);
    const wrong: string[] = [];
    for (const p of mutations) {
      for (const header of [undefined, '0']) {
        const res = await fetch(`${base}/trpc/${p.path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie,
            ...(header ? { 'x-bangfu-csrf': header } : {}),
          },
          body: bodyOf(p),
        });
        const body = (await res.json()) as { error?: { data?: { domainCode?: string } } };
        if (res.status !== 403 || body.error?.data?.domainCode !== 'CSRF' || res.headers.get('set-cookie'))
          wrong.push(`${p.path} (header ${header}): ${res.status} ${body.error?.data?.domainCode}`);
      }
    }
    console.info(`[trust] CSRF: ${mutations.length * 2} mutation requests without a valid header`);
    expect(wrong).toEqual([]);
    expect(await databaseDigest(f)).toEqual(before);
  }, 120_000);

  it('does not run a mutation sent as GET, nor a query sent as POST', async () => {
    const wrong: string[] = [];
    for (const p of mutations) {
      const res = await fetch(`${base}/trpc/${p.path}?input=${encodeURIComponent(bodyOf(p))}`, {
        headers: { cookie, 'x-bangfu-csrf': '1' },
      });
      if (res.status !== 405) wrong.push(`GET ${p.path}: ${res.status}`);
    }
    for (const p of queries) {
      const res = await fetch(`${base}/trpc/${p.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-bangfu-csrf': '1' },
        body: bodyOf(p),
      });
      if (res.status !== 405) wrong.push(`POST ${p.path}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
