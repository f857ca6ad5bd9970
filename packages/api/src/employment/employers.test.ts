import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentCounts, postEmployer } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, employerInput, type Fixture } from '../testing/fixture';

describe.each(driverTestTargets())('employers on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('files an employer and reads it back with the contact phone masked, for every staff role', async () => {
    const id = await postEmployer(f);
    for (const user of ['employmentOfficer', 'bijieCw', 'volunteer', 'auditor'] as const) {
      const e = await f.as(user).employment.employers.get({ id });
      expect(e).toMatchObject({
        id,
        orgName: '红花岗区中华路社区工会',
        name: '遵义黔丰家政服务有限公司',
        divisionCode: '520302',
        industry: '家政服务',
        contactName: '周桂兰',
        contactPhoneMasked: '139****1234',
        positionCount: 0,
        version: 1,
      });
      expect(JSON.stringify(e)).not.toContain('13985001234');
    }
  });

  it('stores the contact phone encrypted and keeps it masked in the audit log', async () => {
    const id = await postEmployer(f, { contactPhone: '13700007777' });
    const row = await f.handle.db
      .selectFrom('employer')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const raw = JSON.stringify(row, (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    );
    expect(raw).not.toContain('13700007777');
    expect(row.contact_phone_last4).toBe('7777');
    const events = await f.handle.db
      .selectFrom('audit_event')
      .select(['action', 'after'])
      .where('entity_id', '=', id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['employer.create']);
    expect(JSON.stringify(events)).not.toContain('13700007777');
    expect(JSON.stringify(events)).toContain('137****7777');
  });

  it('lists employers by name, filtered by a part of it, a page at a time', async () => {
    for (const name of ['遵义娄山汽车维修厂', '遵义赤水河汽车维修厂', '遵义乌江汽车维修厂']) {
      await postEmployer(f, { name, contactPhone: null, contactName: null });
    }
    const first = await f.as('zunyiCw').employment.employers.list({
      q: '汽车维修',
      limit: 2,
    });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await f.as('zunyiCw').employment.employers.list({
      q: '汽车维修',
      limit: 2,
      cursor: first.nextCursor!,
    });
    const names = [...first.items, ...second.items].map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names)).toEqual(
      new Set(['遵义娄山汽车维修厂', '遵义赤水河汽车维修厂', '遵义乌江汽车维修厂']),
    );
    expect(second.nextCursor).toBeNull();
    expect(second.items.every((e) => e.contactPhoneMasked === null)).toBe(true);
  });

  it('files employers only under unions in the officer’s scope (else NOT_FOUND, nothing written)', async () => {
    const before = await employmentCounts(f);
    const err = await failure(
      f.as('bijieEmploymentOfficer').employment.employers.create(employerInput(f.orgId('520302-G01'))),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
    expect(await employmentCounts(f)).toEqual(before);
    const own = await f
      .as('bijieEmploymentOfficer')
      .employment.employers.create(employerInput(f.orgId('520502-G01'), { divisionCode: '520502' }));
    expect(own.version).toBe(1);
  });

  it('refuses a malformed phone with a field error', async () => {
    const err = await failure(
      f
        .as('employmentOfficer')
        .employment.employers.create(employerInput(f.orgId('520302-G01'), { contactPhone: '12345' })),
    );
    expect(err.domainCode).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['contactPhone']);
  });
});
