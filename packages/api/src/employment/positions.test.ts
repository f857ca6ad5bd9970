import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentCounts, postEmployer, postPosition } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, positionInput } from '../testing/fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('positions on $name', (target) => {
  let f: Fixture;
  let employerId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    employerId = await postEmployer(f);
  });
  afterAll(() => f?.close());

  const officer = () => f.as('employmentOfficer').employment.positions;

  it('posts a position as OPEN and lists it for any staff member', async () => {
    const { id, version } = await officer().create(positionInput(employerId));
    expect(version).toBe(1);
    const p = await f.as('volunteer').employment.positions.get({ id });
    expect(p).toMatchObject({
      id,
      employerId,
      employerName: '遵义黔丰家政服务有限公司',
      status: 'OPEN',
      listed: true,
      filled: 0,
      headcount: 3,
      salaryMinFen: 300_000,
      validFrom: '2026-11-01',
      validTo: '2026-12-31',
      trainingCourseId: null,
      suitability: ['CARE_DUTIES'],
    });
    const page = await f.as('zunyiCw').employment.positions.list({ employerId });
    expect(page.items.map((i) => i.id)).toContain(id);
    expect(
      (await f.as('auditor').employment.employers.get({ id: employerId })).positionCount,
    ).toBeGreaterThan(0);
  });

  it('rejects a stale update with VERSION_CONFLICT and changes nothing', async () => {
    const id = await postPosition(f, employerId);
    const saved = await officer().update({ ...positionInput(employerId), id, version: 1, title: '育婴员' });
    expect(saved.version).toBe(2);
    const before = await employmentCounts(f);
    const err = await failure(
      officer().update({ ...positionInput(employerId), id, version: 1, title: '保洁员' }),
    );
    expect(err.domainCode).toBe('VERSION_CONFLICT');
    expect(err.messages.zh).toContain('已被他人修改');
    expect(await employmentCounts(f)).toEqual(before);
    const p = await officer().get({ id });
    expect([p.title, p.version]).toEqual(['育婴员', 2]);
  });

  it('keeps the employer and never drops the headcount below those hired', async () => {
    const id = await postPosition(f, employerId, { headcount: 5 });
    await officer().recordHires({ id, version: 1, count: 4 });
    const other = await postEmployer(f, { name: '遵义另一家单位' });
    const moved = await failure(officer().update({ ...positionInput(other), id, version: 2 }));
    expect(Object.keys(moved.fieldErrors ?? {})).toEqual(['employerId']);
    const shrunk = await failure(
      officer().update({ ...positionInput(employerId), id, version: 2, headcount: 3 }),
    );
    expect(shrunk.domainCode).toBe('VALIDATION');
    expect(Object.keys(shrunk.fieldErrors ?? {})).toEqual(['headcount']);
  });

  it('closes a position: it leaves the public list; closing twice or with a stale version is refused', async () => {
    const id = await postPosition(f, employerId);
    expect((await failure(officer().close({ id, version: 7, status: 'CLOSED' }))).domainCode).toBe(
      'VERSION_CONFLICT',
    );
    expect(await officer().close({ id, version: 1, status: 'FILLED' })).toEqual({ id, version: 2 });
    const p = await officer().get({ id });
    expect([p.status, p.listed]).toEqual(['FILLED', false]);
    expect((await failure(officer().close({ id, version: 2, status: 'CLOSED' }))).domainCode).toBe(
      'CONFLICT',
    );
    const listed = await officer().list({ employerId, listedOnly: true, limit: 100 });
    expect(listed.items.map((i) => i.id)).not.toContain(id);
  });

  it('records hires up to the headcount; a filled position leaves the public list on its own', async () => {
    const id = await postPosition(f, employerId, { headcount: 3 });
    expect(await officer().recordHires({ id, version: 1, count: 2 })).toEqual({ id, version: 2 });
    const before = await employmentCounts(f);
    const over = await failure(officer().recordHires({ id, version: 2, count: 2 }));
    expect(over.domainCode).toBe('VALIDATION');
    expect(over.messages.zh).toContain('还剩1个');
    expect(over.fieldErrors?.count).toHaveLength(1);
    expect(await employmentCounts(f)).toEqual(before);
    expect((await officer().get({ id })).filled).toBe(2);
    await officer().recordHires({ id, version: 2, count: 1 });
    const p = await officer().get({ id });
    expect([p.status, p.filled, p.listed]).toEqual(['OPEN', 3, false]);
    const listed = await officer().list({ employerId, listedOnly: true, limit: 100 });
    expect(listed.items.map((i) => i.id)).not.toContain(id);
  });

  it('leaves an expired position out of listedOnly, but keeps it in the full list', async () => {
    const expired = await postPosition(f, employerId, { validFrom: '2026-10-01', validTo: '2026-11-28' });
    const future = await postPosition(f, employerId, { validFrom: '2026-12-01', validTo: '2026-12-31' });
    const live = await postPosition(f, employerId);
    const listed = await officer().list({ employerId, listedOnly: true, limit: 100 });
    const ids = listed.items.map((i) => i.id);
    expect(ids).toContain(live);
    expect(ids).not.toContain(expired);
    expect(ids).not.toContain(future);
    expect(listed.items.every((i) => i.listed)).toBe(true);
    const all = await officer().list({ employerId, limit: 100 });
    expect(all.items.find((i) => i.id === expired)?.listed).toBe(false);
  });

  it('filters by category, status and division (a prefecture covers its counties) and pages', async () => {
    const bijieEmployer = await postEmployer(
      f,
      { orgId: f.orgId('520502-G01'), divisionCode: '520502', name: '毕节某汽车维修厂' },
      'bijieEmploymentOfficer',
    );
    const repair = await postPosition(
      f,
      bijieEmployer,
      { category: 'AUTO_REPAIR', divisionCode: '520502', title: '汽车维修工' },
      'bijieEmploymentOfficer',
    );
    const zunyi = await officer().list({ divisionCode: '520300', limit: 100 });
    expect(zunyi.items.length).toBeGreaterThan(0);
    expect(zunyi.items.every((i) => i.divisionCode.startsWith('5203'))).toBe(true);
    const byCategory = await officer().list({ category: 'AUTO_REPAIR', limit: 100 });
    expect(byCategory.items.map((i) => i.id)).toEqual([repair]);
    const filled = await officer().list({ status: 'FILLED', limit: 100 });
    expect(filled.items.every((i) => i.status === 'FILLED')).toBe(true);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await officer().list({ limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const everything = await officer().list({ limit: 100 });
    expect(seen).toEqual(everything.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lets only officers whose subtree holds the employer change its positions (else NOT_FOUND)', async () => {
    const id = await postPosition(f, employerId);
    const bijie = f.as('bijieEmploymentOfficer').employment.positions;
    const before = await employmentCounts(f);
    const attempts = [
      () => bijie.update({ ...positionInput(employerId), id, version: 1, title: '改名' }),
      () => bijie.close({ id, version: 1, status: 'CLOSED' }),
      () => bijie.recordHires({ id, version: 1, count: 1 }),
      () => bijie.create(positionInput(employerId)),
    ];
    // Called one at a time, so no refusal goes unobserved while another is awaited.
    for (const attempt of attempts) expect((await failure(attempt())).domainCode).toBe('NOT_FOUND');
    expect(await employmentCounts(f)).toEqual(before);
    // It can still read it: job information is public to staff.
    expect((await bijie.get({ id })).version).toBe(1);
    // The prefecture's own officer can change it.
    const zunyi = f.as('zunyiEmploymentOfficer').employment.positions;
    expect((await zunyi.recordHires({ id, version: 1, count: 1 })).version).toBe(2);
    // A caseworker reads but may not post.
    expect((await failure(f.as('zunyiCw').employment.positions.create(positionInput(employerId)))).code).toBe(
      'FORBIDDEN',
    );
  });
});
