import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer } from '../testing/employment-fixture';
import { postCompetition, supportCounts } from '../testing/employment-support-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { postCourse, seedFamily, trainMember } from '../testing/training-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('internships, competitions and mentoring on $name', (target) => {
  let f: Fixture;
  let zunyi: { id: string; memberIds: string[] };
  let bijie: { id: string; memberIds: string[] };
  let employerId = '';
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = await seedFamily(f);
    bijie = await seedFamily(f, { org: '520502-G01' });
    employerId = await postEmployer(f);
  });
  afterAll(() => f?.close());

  const internship = () => ({
    householdId: zunyi.id,
    memberId: zunyi.memberIds[1]!,
    employerId,
    startDate: '2026-09-01',
    stipendFen: 150_000,
    mentorName: '王师傅',
  });

  it('records an internship and its outcome once, at the version read', async () => {
    const { id } = await f.as('zunyiCw').employmentSupport.internships.create(internship());
    const done = { id, outcome: 'HIRED' as const, endDate: '2026-11-30' };
    const stale = await failure(
      f.as('zunyiCw').employmentSupport.internships.recordOutcome({ ...done, version: 2 }),
    );
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    const noEnd = await failure(
      f.as('zunyiCw').employmentSupport.internships.recordOutcome({ ...done, version: 1, endDate: null }),
    );
    expect(noEnd.fieldErrors?.endDate).toBeDefined();
    expect(
      await f.as('zunyiCw').employmentSupport.internships.recordOutcome({ ...done, version: 1 }),
    ).toEqual({
      id,
      version: 2,
    });
    const again = await failure(
      f.as('zunyiCw').employmentSupport.internships.recordOutcome({ ...done, version: 2 }),
    );
    expect(again.domainCode).toBe('CONFLICT');
    const card = await f.as('hhgReviewer').employmentSupport.forHousehold({ householdId: zunyi.id });
    expect(card.internships).toEqual([
      expect.objectContaining({
        id,
        outcome: 'HIRED',
        stipendFen: 150_000,
        employerName: '遵义黔丰家政服务有限公司',
      }),
    ]);
  });

  it('hides other counties’ households and records as NOT_FOUND, changing nothing', async () => {
    const { id } = await f.as('zunyiCw').employmentSupport.internships.create(internship());
    const before = await supportCounts(f);
    const calls = [
      () => f.as('bijieCw').employmentSupport.internships.create(internship()),
      () =>
        f.as('bijieCw').employmentSupport.internships.recordOutcome({
          id,
          version: 1,
          outcome: 'ENDED',
          endDate: '2026-10-01',
        }),
      () => f.as('bijieCw').employmentSupport.forHousehold({ householdId: zunyi.id }),
      () =>
        f.as('bijieCw').employmentSupport.mentorships.create({
          householdId: zunyi.id,
          memberId: zunyi.memberIds[0]!,
          mentorName: '李师傅',
          mentorUnit: '遵义某机械厂',
          trade: '钳工',
          startDate: '2026-01-01',
          targetGrade: 'INTERMEDIATE',
        }),
    ];
    for (const call of calls) expect((await failure(call())).domainCode).toBe('NOT_FOUND');
    expect(await supportCounts(f)).toEqual(before);
  });

  it('raises a member’s grade through a competition, never lowers it, and the household sees it', async () => {
    const courseId = await postCourse(f, {
      title: '电工培训班',
      skill: '电工',
      category: 'ELECTRONICS_MACHINERY',
    });
    const member = { householdId: bijie.id, memberId: bijie.memberIds[0]! };
    await trainMember(f, { courseId, ...member }, 'bijieCw');
    const competitionId = await postCompetition(f, { orgId: f.orgId('520500'), title: '毕节市电工技能比武' });
    const { id: entryId } = await f
      .as('bijieCw')
      .employmentSupport.competitions.enter({ competitionId, ...member });
    const dup = await failure(
      f.as('bijieCw').employmentSupport.competitions.enter({ competitionId, ...member }),
    );
    expect(dup.domainCode).toBe('CONFLICT');
    const result = { entryId, rank: 1, gradeAwarded: 'SENIOR' as const };
    expect(
      await f.as('bijieCw').employmentSupport.competitions.recordResult({ ...result, version: 1 }),
    ).toEqual({
      id: entryId,
      version: 2,
      raised: true,
    });
    const card = await f.as('bijieCw').employmentSupport.forHousehold({ householdId: bijie.id });
    expect(card.grades).toEqual([
      expect.objectContaining({
        memberId: member.memberId,
        grade: 'SENIOR',
        source: 'COMPETITION',
        skill: '电工',
      }),
    ]);
    // A later, lower award is recorded but does not lower the member's grade.
    const second = await postCompetition(f, { orgId: f.orgId('520500'), title: '毕节市电工比武复赛' });
    const { id: next } = await f
      .as('bijieCw')
      .employmentSupport.competitions.enter({ competitionId: second, ...member });
    const lower = await f.as('bijieCw').employmentSupport.competitions.recordResult({
      entryId: next,
      version: 1,
      rank: 5,
      gradeAwarded: 'JUNIOR',
    });
    expect(lower.raised).toBe(false);
    const after = await f.as('bijieCw').employmentSupport.forHousehold({ householdId: bijie.id });
    expect(after.grades.map((g) => g.grade)).toEqual(['SENIOR']);
    expect(after.competitionEntries.map((e) => e.rank).sort()).toEqual([1, 5]);
  });

  it('lists competitions for every reader, but entries only from households in scope', async () => {
    const competitionId = await postCompetition(f, { title: '全省家政技能比武', orgId: f.orgId('520000') });
    await f.as('zunyiCw').employmentSupport.competitions.enter({
      competitionId,
      householdId: zunyi.id,
      memberId: zunyi.memberIds[0]!,
    });
    const forBijie = await f.as('bijieCw').employmentSupport.competitions.get({ id: competitionId });
    expect(forBijie).toMatchObject({ title: '全省家政技能比武', entrants: 0, entries: [] });
    const forZunyi = await f.as('zunyiCw').employmentSupport.competitions.get({ id: competitionId });
    expect(forZunyi.entries.map((e) => e.householdId)).toEqual([zunyi.id]);
    const refused = await failure(postCompetition(f, { orgId: f.orgId('520300') }, 'zunyiCw'));
    expect(refused.code).toBe('FORBIDDEN');
    const outside = await failure(postCompetition(f, { orgId: f.orgId('520300') }, 'bijieEmploymentOfficer'));
    expect(outside.domainCode).toBe('NOT_FOUND');
  });

  it('completes a mentorship with a grade that joins the member’s grades, once', async () => {
    const { id } = await f.as('zunyiCw').employmentSupport.mentorships.create({
      householdId: zunyi.id,
      memberId: zunyi.memberIds[0]!,
      mentorName: '李师傅',
      mentorUnit: '遵义某机械厂',
      trade: '数控车工',
      startDate: '2026-01-01',
      targetGrade: 'INTERMEDIATE',
    });
    const close = {
      id,
      status: 'COMPLETED' as const,
      outcomeGrade: 'TECHNICIAN' as const,
      endedOn: '2026-11-01',
    };
    const early = await failure(
      f.as('zunyiCw').employmentSupport.mentorships.close({ ...close, version: 1, endedOn: '2025-12-01' }),
    );
    expect(early.fieldErrors?.endedOn).toBeDefined();
    expect((await f.as('zunyiCw').employmentSupport.mentorships.close({ ...close, version: 1 })).raised).toBe(
      true,
    );
    const again = await failure(
      f.as('zunyiCw').employmentSupport.mentorships.close({ ...close, version: 2 }),
    );
    expect(again.domainCode).toBe('CONFLICT');
    const card = await f.as('zunyiCw').employmentSupport.forHousehold({ householdId: zunyi.id });
    expect(card.mentorships[0]).toMatchObject({ status: 'COMPLETED', outcomeGrade: 'TECHNICIAN' });
    expect(card.grades).toContainEqual(
      expect.objectContaining({ memberId: zunyi.memberIds[0], grade: 'TECHNICIAN', source: 'MENTORSHIP' }),
    );
  });
});
