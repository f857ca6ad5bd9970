import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { postCourse, seedFamily } from '../testing/training-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('training on $name', (target) => {
  let f: Fixture;
  let zunyi: { id: string; memberIds: string[] };
  let other: { id: string; memberIds: string[] };
  let bijie: { id: string; memberIds: string[] };
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = await seedFamily(f);
    other = await seedFamily(f, { status: 'AIDED' });
    bijie = await seedFamily(f, { org: '520502-G01' });
  });
  afterAll(() => f?.close());

  it('opens a course every staff member can read, but only within the writer’s scope', async () => {
    const id = await postCourse(f);
    const course = await f.as('bijieCw').training.courses.get({ id });
    expect(course).toMatchObject({
      title: '家政服务员技能培训班',
      skill: '家政服务',
      capacity: 30,
      enrolled: 0,
    });
    const page = await f.as('volunteer').training.courses.list({});
    expect(page.items.map((c) => c.id)).toContain(id);
    const err = await failure(
      f.as('bijieCw').training.courses.create({
        orgId: f.orgId('520302-G01'),
        title: '跨区培训',
        category: 'CATERING',
        skill: '厨艺',
        partner: '某学校',
        startDate: '2026-10-01',
        endDate: '2026-10-10',
        capacity: 5,
      }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
  });

  it('enforces capacity and refuses a duplicate enrolment, with bilingual messages', async () => {
    const courseId = await postCourse(f, { capacity: 1 });
    const [head, spouse] = zunyi.memberIds as [string, string];
    await f.as('zunyiCw').training.enroll({ courseId, householdId: zunyi.id, memberId: head });
    const dup = await failure(
      f.as('zunyiCw').training.enroll({ courseId, householdId: zunyi.id, memberId: head }),
    );
    expect(dup.domainCode).toBe('CONFLICT');
    expect(dup.messages.zh).toContain('已报名');
    const full = await failure(
      f.as('zunyiCw').training.enroll({ courseId, householdId: zunyi.id, memberId: spouse }),
    );
    expect(full.domainCode).toBe('CONFLICT');
    expect(full.messages).toEqual({ zh: '培训班名额已满(共1人)', en: 'The course is full (1 places)' });
    expect((await f.as('zunyiCw').training.courses.get({ id: courseId })).enrolled).toBe(1);
  });

  it('refuses a member of another household as NOT_FOUND', async () => {
    const courseId = await postCourse(f);
    const err = await failure(
      f.as('zunyiCw').training.enroll({ courseId, householdId: zunyi.id, memberId: other.memberIds[0]! }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
  });

  it('completes an enrolment with a grade, once, at the version read', async () => {
    const courseId = await postCourse(f, { title: '中式烹调师培训班', skill: '厨艺', category: 'CATERING' });
    const input = { courseId, householdId: other.id, memberId: other.memberIds[1]! };
    const { id } = await f.as('employmentOfficer').training.enroll(input);
    const done = { enrollmentId: id, grade: 'INTERMEDIATE' as const, completedOn: '2026-09-20' };
    const stale = await failure(f.as('zunyiCw').training.complete({ ...done, version: 2 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    const early = await failure(
      f.as('zunyiCw').training.complete({ ...done, version: 1, completedOn: '2026-08-01' }),
    );
    expect(early.fieldErrors?.completedOn).toBeDefined();
    expect(await f.as('zunyiCw').training.complete({ ...done, version: 1 })).toEqual({ id, version: 2 });
    const again = await failure(f.as('zunyiCw').training.complete({ ...done, version: 2 }));
    expect(again.domainCode).toBe('CONFLICT');
    const list = await f.as('zunyiReviewer').training.forHousehold({ householdId: other.id });
    expect(list).toEqual([
      expect.objectContaining({
        courseTitle: '中式烹调师培训班',
        status: 'COMPLETED',
        grade: 'INTERMEDIATE',
      }),
    ]);
  });

  it('frees a place when a member drops out', async () => {
    const courseId = await postCourse(f, { capacity: 1 });
    const { id } = await f
      .as('zunyiCw')
      .training.enroll({ courseId, householdId: zunyi.id, memberId: zunyi.memberIds[1]! });
    await f.as('zunyiCw').training.drop({ enrollmentId: id, version: 1 });
    await f.as('zunyiCw').training.enroll({ courseId, householdId: other.id, memberId: other.memberIds[0]! });
    expect((await f.as('zunyiCw').training.courses.get({ id: courseId })).enrolled).toBe(1);
  });

  it('hides another county’s households and enrolments as NOT_FOUND', async () => {
    const courseId = await postCourse(f);
    const { id } = await f
      .as('zunyiCw')
      .training.enroll({ courseId, householdId: zunyi.id, memberId: zunyi.memberIds[1]! });
    const calls = [
      () =>
        f.as('bijieCw').training.enroll({ courseId, householdId: zunyi.id, memberId: zunyi.memberIds[0]! }),
      () =>
        f
          .as('bijieCw')
          .training.complete({ enrollmentId: id, version: 1, grade: null, completedOn: '2026-09-20' }),
      () => f.as('bijieCw').training.drop({ enrollmentId: id, version: 1 }),
      () => f.as('bijieEmploymentOfficer').training.forHousehold({ householdId: zunyi.id }),
    ];
    for (const call of calls) expect((await failure(call())).domainCode).toBe('NOT_FOUND');
    expect(await f.as('bijieCw').training.forHousehold({ householdId: bijie.id })).toEqual([]);
  });

  it('counts 1户1技能 exactly as a direct count of the rows does', async () => {
    const courseId = await postCourse(f, {
      title: '电工培训班',
      skill: '电工',
      category: 'ELECTRONICS_MACHINERY',
    });
    const { id } = await f
      .as('bijieCw')
      .training.enroll({ courseId, householdId: bijie.id, memberId: bijie.memberIds[0]! });
    await f
      .as('bijieCw')
      .training.complete({ enrollmentId: id, version: 1, grade: null, completedOn: '2026-09-20' });
    await seedFamily(f, { status: 'AIDED' });
    for (const user of ['admin', 'zunyiCw', 'bijieCw', 'auditor'] as const) {
      const actor = f.actor(user);
      const households = await f.handle.db
        .selectFrom('household')
        .select(['id', 'status', 'org_path'])
        .execute();
      const done = await f.handle.db
        .selectFrom('training_enrollment')
        .select('household_id')
        .where('status', '=', 'COMPLETED')
        .execute();
      const trained = new Set(done.map((d) => d.household_id));
      const filed = households.filter(
        (h) => h.org_path.startsWith(actor.orgPath) && ['FILED', 'AIDED', 'UNDER_REVIEW'].includes(h.status),
      );
      const r = await f.as(user).training.skillIndicator({});
      expect(r.filed).toBe(filed.length);
      expect(r.withSkill).toBe(filed.filter((h) => trained.has(h.id)).length);
      expect(r.rate.denominator).toBe(r.filed);
    }
    const province = await f.as('admin').training.skillIndicator({});
    expect(province.withSkill).toBeGreaterThanOrEqual(2);
    const bijieOnly = await f.as('admin').training.skillIndicator({ orgId: f.orgId('520502') });
    expect(bijieOnly).toMatchObject({ filed: 1, withSkill: 1, rate: { percent: '100.0' } });
    const outside = await failure(f.as('zunyiCw').training.skillIndicator({ orgId: f.orgId('520502') }));
    expect(outside.domainCode).toBe('NOT_FOUND');
  });
});
