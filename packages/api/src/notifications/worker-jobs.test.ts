import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, fairInput } from '../testing/fixture';
import { outboxCounts, seedJobScene } from '../testing/notifications-fixture';

describe.each(driverTestTargets())('the worker’s jobs and interest on $name', (target) => {
  let f: Fixture;
  let scene: Awaited<ReturnType<typeof seedJobScene>>;
  let fairId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    scene = await seedJobScene(f);
    await f.as('zunyiCw').notifications.pushMatches({ householdId: scene.a.id, limit: 1 });
    fairId = (await f.as('employmentOfficer').employment.fairs.create(fairInput(f.orgId('520300')))).id;
    await f.as('employmentOfficer').employment.fairs.addBooth({
      fairId,
      employerId: scene.employer,
      boothNo: 'B01',
      positionIds: [scene.positions[0]!],
    });
    await f.as('employmentOfficer').employment.fairs.publish({ id: fairId, version: 1 });
  });
  afterAll(() => f?.close());

  it('shows the worker the jobs pushed to their household first, with reasons, new once', async () => {
    const pushed = await f.handle.db
      .selectFrom('notification')
      .select('params')
      .where('household_id', '=', scene.a.id)
      .where('channel', '=', 'PORTAL')
      .executeTakeFirstOrThrow();
    const positionId = (pushed.params as { positionId: string }).positionId;
    const worker = await f.asWorker(scene.a.id);
    const jobs = await worker.notifications.myJobs();
    expect(jobs[0]).toMatchObject({ positionId, recommended: true, isNew: true, interested: false });
    expect(jobs[0]!.reasons.length).toBeGreaterThan(0);
    expect(jobs[0]!.reasons[0]).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect(jobs[0]!.countyName).toBe('红花岗区');
    expect(jobs.filter((j) => j.recommended)).toHaveLength(1);
    expect(jobs).toHaveLength(3); // the other matches follow, not recommended
    expect((await worker.notifications.myJobs())[0]).toMatchObject({ positionId, isNew: false });
  });

  it('shows another household none of the first one’s recommendations', async () => {
    const jobs = await (await f.asWorker(scene.b.id)).notifications.myJobs();
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((j) => !j.recommended && !j.isNew)).toBe(true);
    expect(JSON.stringify(jobs)).not.toContain(scene.a.id);
  });

  it('records interest once per household, counting it at the fair once', async () => {
    const worker = await f.asWorker(scene.a.id);
    const positionId = scene.positions[0]!;
    expect(await worker.notifications.expressInterest({ positionId })).toEqual({
      positionId,
      recorded: true,
    });
    const counts = await outboxCounts(f);
    expect(await worker.notifications.expressInterest({ positionId })).toEqual({
      positionId,
      recorded: false,
    });
    expect(await outboxCounts(f)).toEqual(counts);
    const fair = await f.as('employmentOfficer').employment.fairs.get({ id: fairId });
    expect(fair.interest).toEqual([{ positionId, count: 1 }]);
    const jobs = await worker.notifications.myJobs();
    expect(jobs.find((j) => j.positionId === positionId)?.interested).toBe(true);
    // Another household's interest is its own.
    const other = await f.asWorker(scene.b.id);
    expect(await other.notifications.expressInterest({ positionId })).toMatchObject({ recorded: true });
    expect((await f.as('employmentOfficer').employment.fairs.get({ id: fairId })).interest).toEqual([
      { positionId, count: 2 },
    ]);
  });

  it('refuses interest in a position that is not listed, changing nothing', async () => {
    const worker = await f.asWorker(scene.a.id);
    const closed = scene.positions[2]!;
    await f.as('employmentOfficer').employment.positions.close({ id: closed, version: 1, status: 'CLOSED' });
    const counts = await outboxCounts(f);
    const r = await failure(worker.notifications.expressInterest({ positionId: closed }));
    expect(r.domainCode).toBe('NOT_FOUND');
    expect(await outboxCounts(f)).toEqual(counts);
    expect((await worker.notifications.myJobs()).map((j) => j.positionId)).not.toContain(closed);
  });

  it('is for signed-in workers only', async () => {
    const staff = await failure(f.as('zunyiCw').notifications.myJobs());
    expect(staff.code).toBe('UNAUTHORIZED');
  });
});
