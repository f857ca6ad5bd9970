import type { CourseInput, HouseholdStatus } from '@bangfu/domain';
import type { Fixture, TestUser } from './fixture';
import { seedHousehold } from './matching-fixture';

/** A complete course form, run by the given union in the fixture's clock year. */
export function courseInput(orgId: string, overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    orgId,
    title: '家政服务员技能培训班',
    category: 'HOUSEKEEPING',
    skill: '家政服务',
    partner: '遵义职业技术学院',
    startDate: '2026-09-01',
    endDate: '2026-09-20',
    capacity: 30,
    certificate: '家政服务员职业技能等级证书',
    ...overrides,
  };
}

/** Opens a course under 红花岗区中华路社区工会 (or as overridden) and returns its id. */
export async function postCourse(
  f: Fixture,
  overrides: Partial<CourseInput> = {},
  user: TestUser = 'zunyiCw',
): Promise<string> {
  const { id } = await f.as(user).training.courses.create(courseInput(f.orgId('520302-G01'), overrides));
  return id;
}

/** A household (遵义 unless told otherwise) with the ids of its members, head first. */
export async function seedFamily(
  f: Fixture,
  opts: { org?: '520302-G01' | '520502-G01'; status?: HouseholdStatus } = {},
): Promise<{ id: string; memberIds: string[] }> {
  const org = opts.org ?? '520302-G01';
  const user: TestUser = org === '520302-G01' ? 'zunyiCw' : 'bijieCw';
  const { id } = await seedHousehold(f, { org, user, status: opts.status ?? 'FILED' });
  const members = await f.handle.db
    .selectFrom('household_member')
    .select('id')
    .where('household_id', '=', id)
    .orderBy('seq')
    .execute();
  return { id, memberIds: members.map((m) => m.id) };
}

/** Enrols a member and completes the course with a grade; returns the enrollment id. */
export async function trainMember(
  f: Fixture,
  input: { courseId: string; householdId: string; memberId: string },
  user: TestUser = 'zunyiCw',
): Promise<string> {
  const { id } = await f.as(user).training.enroll(input);
  await f
    .as(user)
    .training.complete({ enrollmentId: id, version: 1, grade: 'JUNIOR', completedOn: '2026-09-20' });
  return id;
}
