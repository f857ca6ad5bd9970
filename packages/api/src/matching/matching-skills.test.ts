import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer, postPosition } from '../testing/employment-fixture';
import { createFixture, type Fixture } from '../testing/fixture';
import { postCourse, seedFamily, trainMember } from '../testing/training-fixture';

// Two positions alike in all but their trade: only a completed course tells them apart.
describe.each(driverTestTargets())('matching reads completed training on $name', (target) => {
  let f: Fixture;
  let family: { id: string; memberIds: string[] };
  const ids = { housekeeping: '', logistics: '' };
  beforeAll(async () => {
    f = await createFixture(target);
    family = await seedFamily(f);
    const employer = await postEmployer(f);
    ids.logistics = await postPosition(f, employer, {
      title: '快递分拣员',
      category: 'LOGISTICS',
      skills: [],
    });
    ids.housekeeping = await postPosition(f, employer, {
      title: '家政服务员',
      category: 'HOUSEKEEPING',
      skills: [],
    });
  });
  afterAll(() => f?.close());

  const scoreOf = async (positionId: string) => {
    const r = await f.as('zunyiCw').matching.forHousehold({ householdId: family.id });
    return r.ranked.find((m) => m.position.id === positionId)!;
  };

  it('ranks a housekeeping position higher once a member completed a 家政服务 course', async () => {
    const before = await scoreOf(ids.housekeeping);
    expect(before.score).toBe((await scoreOf(ids.logistics)).score);
    expect(before.reasons.map((x) => x.code)).not.toContain('SKILL_MATCH');

    const enrolledOnly = await f.as('zunyiCw').training.enroll({
      courseId: await postCourse(f, { title: '物流培训班', skill: '物流配送', category: 'LOGISTICS' }),
      householdId: family.id,
      memberId: before.memberId,
    });
    expect(enrolledOnly.version).toBe(1);
    expect((await scoreOf(ids.logistics)).score).toBe(before.score);

    const courseId = await postCourse(f, { skill: '家政服务' });
    await trainMember(f, { courseId, householdId: family.id, memberId: before.memberId });
    const r = await f.as('zunyiCw').matching.forHousehold({ householdId: family.id });
    expect(r.ranked[0]!.position.id).toBe(ids.housekeeping);
    expect(r.ranked[0]!.score).toBeGreaterThan(before.score);
    expect(r.ranked[0]!.reasons).toContainEqual(
      expect.objectContaining({ code: 'SKILL_MATCH', zh: '匹配技能:家政服务' }),
    );
    const byPosition = await f.as('zunyiCw').matching.forPosition({ positionId: ids.housekeeping });
    expect(byPosition.households[0]!.reasons.map((x) => x.code)).toContain('SKILL_MATCH');
  });
});
