import { driverTestTargets } from '@bangfu/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../root';
import { postEmployer, postPosition } from '../testing/employment-fixture';
import { createFixture, type Fixture, fairInput } from '../testing/fixture';
import { createKioskFairCache } from './kiosk-fair-cache';

describe('kiosk fair cache', () => {
  it('expires entries by time and stays bounded', () => {
    const cache = createKioskFairCache({ ttlMs: 1_000, maxEntries: 2 });
    const answer = { fair: {}, positions: [], generatedAt: 'x' } as never;
    cache.set('a', answer, 0);
    expect(cache.get('a', 999)).toBe(answer);
    expect(cache.get('a', 1_000)).toBeUndefined();
    cache.set('a', answer, 0);
    cache.set('b', answer, 0);
    cache.set('c', answer, 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)).toBe(answer);
  });
});

describe.each(driverTestTargets())('kiosk answers from the cache on $name', (target) => {
  let f: Fixture;
  let fairId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    const employerId = await postEmployer(f);
    const positionId = await postPosition(f, employerId);
    fairId = (await f.as('employmentOfficer').employment.fairs.create(fairInput(f.orgId('520300')))).id;
    await f
      .as('employmentOfficer')
      .employment.fairs.addBooth({ fairId, employerId, boothNo: 'B1', positionIds: [positionId] });
    await f.as('employmentOfficer').employment.fairs.publish({ id: fairId, version: 1 });
  });
  afterAll(() => f?.close());

  it('serves a built answer until its TTL, then reads the database again', async () => {
    const kioskFairCache = createKioskFairCache({ ttlMs: 10_000, maxEntries: 10 });
    const kiosk = () => createCaller({ ...f.context(null), kioskFairCache }).kiosk;
    const first = await kiosk().fair({ fairId });
    // A change made behind the cache's back is not seen while the entry lives…
    await sql`update job_fair set name = '改名后的招聘会' where id = ${fairId}`.execute(f.handle.db);
    expect((await kiosk().fair({ fairId })).fair.name).toBe(first.fair.name);
    // …and is seen once it expires.
    f.clock.now = new Date(f.clock.now.getTime() + 10_001);
    expect((await kiosk().fair({ fairId })).fair.name).toBe('改名后的招聘会');
  });
});
