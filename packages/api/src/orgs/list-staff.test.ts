import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';

describe.each(driverTestTargets())('orgs.staff on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('lists active staff of the caller subtree only, filtered by role', async () => {
    const names = (await f.as('zunyiCw').orgs.staff({ role: 'caseworker' })).map((s) => s.displayName);
    expect(names).toEqual(expect.arrayContaining(['测试zunyiCw', '测试zunyiCw2', '测试grassrootsCw']));
    expect(names).not.toContain('测试bijieCw');
    const all = await f.as('zunyiReviewer').orgs.staff({});
    expect(all.some((s) => s.displayName === '测试hhgReviewer')).toBe(true);
    expect(all.every((s) => !s.displayName.includes('bijie'))).toBe(true);
  });

  it('narrows to one union and shows no usernames', async () => {
    const g = await f.as('admin').orgs.staff({ orgId: f.orgId('520302-G01') });
    expect(g.map((s) => s.displayName)).toEqual(['测试grassrootsCw']);
    expect(JSON.stringify(g)).not.toContain('username');
  });
});
