import { driverTestTargets } from '@bangfu/db/testing';
import { DEFAULT_IDENTIFICATION_POLICY, IdentificationPolicySchema } from '@bangfu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { loadPolicy } from './load-policy';

describe.each(driverTestTargets())('versioned policies on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('serves the built-in default as version 0 until an admin publishes', async () => {
    const p = await f.as('zunyiCw').policies.get({ kind: 'IDENTIFICATION' });
    expect(p.version).toBe(0);
    expect(p.body).toEqual(DEFAULT_IDENTIFICATION_POLICY);
  });

  it('publishes new versions without touching earlier ones, and picks by effective date', async () => {
    const body = { ...DEFAULT_IDENTIFICATION_POLICY, noticeWorkingDays: 7 };
    const v1 = await f
      .as('admin')
      .policies.publish({ kind: 'IDENTIFICATION', body, effectiveFrom: '2026-01-01' });
    const v2 = await f.as('admin').policies.publish({
      kind: 'IDENTIFICATION',
      body: { ...body, noticeWorkingDays: 9 },
      effectiveFrom: '2027-01-01',
      note: '2027年起公示9个工作日',
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const args = [
      f.handle.db,
      'IDENTIFICATION',
      IdentificationPolicySchema,
      DEFAULT_IDENTIFICATION_POLICY,
    ] as const;
    expect((await loadPolicy(...args, '2026-06-30')).body.noticeWorkingDays).toBe(7);
    expect((await loadPolicy(...args, '2027-01-01')).body.noticeWorkingDays).toBe(9);
    expect((await loadPolicy(...args, '2025-12-31')).version).toBe(0);
    const history = await f.as('auditor').policies.history({ kind: 'IDENTIFICATION' });
    expect(history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('refuses an invalid body with field errors and writes nothing', async () => {
    const before = await f.as('admin').policies.history({ kind: 'CALENDAR' });
    await expect(
      f.as('admin').policies.publish({
        kind: 'CALENDAR',
        body: { holidays: ['not-a-date'] },
        effectiveFrom: '2026-01-01',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await f.as('admin').policies.history({ kind: 'CALENDAR' })).toEqual(before);
  });

  it('knows only registered kinds', async () => {
    await expect(f.as('admin').policies.get({ kind: 'NO_SUCH_POLICY' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
