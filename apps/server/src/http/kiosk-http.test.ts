import { createFixture, employerInput, type Fixture, fairInput, positionInput } from '@bangfu/api/testing';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAppOptions } from './create-http-app';
import { serveApi } from './serve-for-tests';

// The kiosk's public procedures through real HTTP: ETag revalidation and the per-address rate limit.
describe.each(driverTestTargets())('kiosk over HTTP on $name', (target) => {
  let f: Fixture;
  let fairId: string;
  let positionId: string;
  const servers: { close(): void }[] = [];
  beforeAll(async () => {
    f = await createFixture(target);
    const officer = f.as('employmentOfficer').employment;
    const employer = await officer.employers.create(employerInput(f.orgId('520302-G01')));
    positionId = (await officer.positions.create(positionInput(employer.id))).id;
    fairId = (await officer.fairs.create(fairInput(f.orgId('520300')))).id;
    await officer.fairs.addBooth({
      fairId,
      employerId: employer.id,
      boothNo: 'A01',
      positionIds: [positionId],
    });
    await officer.fairs.publish({ id: fairId, version: 1 });
  });
  afterAll(async () => {
    for (const s of servers) s.close();
    await f?.close();
  });

  async function serve(kiosk?: HttpAppOptions['kiosk']): Promise<string> {
    const served = await serveApi(f.services, { kiosk });
    servers.push(served);
    return served.base;
  }
  const fairUrl = (base: string) =>
    `${base}/trpc/kiosk.fair?input=${encodeURIComponent(JSON.stringify({ fairId }))}`;

  it('sends a strong ETag with no-cache, and 304 with no body when the fair has not changed', async () => {
    const base = await serve();
    const first = await fetch(fairUrl(base));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const body = (await first.json()) as { result: { data: { positions: { id: string }[] } } };
    expect(body.result.data.positions.map((p) => p.id)).toEqual([positionId]);

    const again = await fetch(fairUrl(base), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    // A change to the fair's positions gives a new body, so the old ETag no longer matches.
    const officer = f.as('employmentOfficer').employment.positions;
    await officer.recordHires({ id: positionId, version: 1, count: 1 });
    const changed = await fetch(fairUrl(base), { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('leaves staff procedures and errors uncached', async () => {
    const base = await serve();
    const staff = await fetch(`${base}/trpc/employment.fairs.list?input=${encodeURIComponent('{}')}`);
    expect(staff.status).toBe(401);
    expect(staff.headers.get('etag')).toBeNull();
    const missing = await fetch(
      `${base}/trpc/kiosk.fair?input=${encodeURIComponent(JSON.stringify({ fairId: positionId }))}`,
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });

  it('counts interest through POST with the anti-CSRF header', async () => {
    const base = await serve();
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/trpc/kiosk.registerInterest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ fairId, positionId }),
      });
    expect((await post({})).status).toBe(403);
    const ok = await post({ 'x-bangfu-csrf': '1' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { result: { data: { count: number } } }).result.data.count).toBe(1);
  });

  it('answers 429 with a tRPC-shaped TOO_MANY_ATTEMPTS error past the budget, kiosk calls only', async () => {
    const base = await serve({ burst: 3, ratePerMinute: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(fairUrl(base))).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await fetch(fairUrl(base));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as {
      error: { data: { domainCode: string; httpStatus: number; path: string } };
    };
    expect(body.error.data).toMatchObject({
      domainCode: 'TOO_MANY_ATTEMPTS',
      httpStatus: 429,
      path: 'kiosk.fair',
    });
    const batch = await fetch(
      `${base}/trpc/kiosk.fair,kiosk.position?batch=1&input=${encodeURIComponent(
        JSON.stringify({ 0: { fairId }, 1: { positionId } }),
      )}`,
    );
    expect(batch.status).toBe(429);
    expect(((await batch.json()) as unknown[]).length).toBe(2);
    // Other procedures do not spend the kiosk budget.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/trpc/auth.me`)).status).not.toBe(429);
  });
});
