import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer } from '../testing/employment-fixture';
import { supportCounts } from '../testing/employment-support-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { postCourse, seedFamily, trainMember } from '../testing/training-fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())(
  'courses, sessions, programme figures and exit support on $name',
  (target) => {
    let f: Fixture;
    let zunyi: { id: string; memberIds: string[] };
    beforeAll(async () => {
      f = await createFixture(target);
      zunyi = await seedFamily(f);
    });
    afterAll(() => f?.close());

    it('lists courses with filters, places, sessions and attendances', async () => {
      const courseId = await postCourse(f, {
        title: '中式烹调师培训班',
        skill: '厨艺',
        category: 'CATERING',
      });
      await postCourse(f, { title: '家政服务员培训班' });
      await trainMember(f, { courseId, householdId: zunyi.id, memberId: zunyi.memberIds[0]! });
      const session = { courseId, heldOn: '2026-09-02', topic: '黔菜基础', attendance: 56 };
      await f.as('zunyiCw').employmentSupport.training.recordSession(session);
      await f
        .as('zunyiCw')
        .employmentSupport.training.recordSession({ ...session, heldOn: '2026-09-03', attendance: 61 });
      const before = await supportCounts(f);
      const outside = await failure(f.as('bijieCw').employmentSupport.training.recordSession(session));
      expect(outside.domainCode).toBe('NOT_FOUND');
      const late = await failure(
        f.as('zunyiCw').employmentSupport.training.recordSession({ ...session, heldOn: '2026-10-01' }),
      );
      expect(late.fieldErrors?.heldOn).toBeDefined();
      expect(await supportCounts(f)).toEqual(before);
      const catering = await f.as('volunteer').employmentSupport.training.courses({ category: 'CATERING' });
      expect(catering).toEqual([
        expect.objectContaining({
          id: courseId,
          capacity: 30,
          enrolled: 1,
          completed: 1,
          sessions: 2,
          attendance: 117,
        }),
      ]);
      const found = await f.as('bijieCw').employmentSupport.training.courses({ search: '家政' });
      expect(found.map((c) => c.title)).toEqual(['家政服务员培训班']);
      const sessions = await f.as('auditor').employmentSupport.training.sessions({ courseId });
      expect(sessions.map((s) => s.attendance)).toEqual([56, 61]);
    });

    it('counts the year’s figures as a direct count of the rows does, per subtree', async () => {
      const zunyiStats = await f.as('zunyiCw').employmentSupport.training.stats({ year: 2026 });
      expect(zunyiStats).toMatchObject({
        year: 2026,
        trained: 1,
        trainedHouseholds: 1,
        sessions: 2,
        attendance: 117,
      });
      const bijieStats = await f.as('bijieCw').employmentSupport.training.stats({ year: 2026 });
      expect(bijieStats).toMatchObject({ trained: 0, sessions: 0, attendance: 0, placed: 0 });
      const outside = await failure(
        f.as('bijieCw').employmentSupport.training.stats({ year: 2026, orgId: f.orgId('520300') }),
      );
      expect(outside.domainCode).toBe('NOT_FOUND');
    });

    it('tells which placements support 脱困: retained at six months and above the exit line', async () => {
      const employerId = await postEmployer(f);
      const spouse = zunyi.memberIds[1]!;
      const { id } = await f.as('zunyiCw').placements.create({
        householdId: zunyi.id,
        memberId: spouse,
        employerId,
        startDate: '2026-05-20',
        monthlyWageFen: 320_000,
      });
      const pending = await f.as('hhgReviewer').employmentSupport.exitSupport({ householdId: zunyi.id });
      expect(pending.placements).toEqual([
        expect.objectContaining({ placementId: id, supports: false, code: 'NOT_CHECKED' }),
      ]);
      await f
        .as('zunyiCw')
        .placements.checkRetention({ id, version: 1, retained: true, checkedOn: '2026-11-20' });
      const checked = await f.as('hhgReviewer').employmentSupport.exitSupport({ householdId: zunyi.id });
      // ¥1,500 (head) + ¥3,200 (wage) over 2 people = ¥2,350 a head, above 1.0 × L (¥800, policy version 0).
      expect(checked).toMatchObject({ policyVersion: 0, lineFen: 80_000, thresholdPermille: 1000 });
      expect(checked.placements[0]).toMatchObject({ supports: true, code: 'SUPPORTS', pcniFen: 235_000 });
      const stats = await f.as('zunyiCw').employmentSupport.training.stats({ year: 2026 });
      expect(stats.placed).toBe(1);
      const outside = await failure(f.as('bijieCw').employmentSupport.exitSupport({ householdId: zunyi.id }));
      expect(outside.domainCode).toBe('NOT_FOUND');
    });
  },
);
