import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employmentCounts, postEmployer, postPosition } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, fairInput } from '../testing/fixture';

describe.each(driverTestTargets())('job fairs on $name', (target) => {
  let f: Fixture;
  let housekeeping: string;
  let garage: string;
  let hkPositions: string[];
  let garagePosition: string;
  beforeAll(async () => {
    f = await createFixture(target);
    housekeeping = await postEmployer(f);
    garage = await postEmployer(f, { name: '遵义娄山汽车维修厂', industry: '汽车维修' });
    hkPositions = [
      await postPosition(f, housekeeping),
      await postPosition(f, housekeeping, { title: '育婴员' }),
    ];
    garagePosition = await postPosition(f, garage, { title: '汽车维修工', category: 'AUTO_REPAIR' });
  });
  afterAll(() => f?.close());

  const fairs = () => f.as('employmentOfficer').employment.fairs;
  const newFair = async () => (await fairs().create(fairInput(f.orgId('520300')))).id;

  it('plans a fair as DRAFT and shows its booths, positions and counts', async () => {
    const id = await newFair();
    expect(
      await fairs().addBooth({
        fairId: id,
        employerId: housekeeping,
        boothNo: 'A01',
        positionIds: hkPositions,
      }),
    ).toEqual({
      ok: true,
    });
    await fairs().addBooth({ fairId: id, employerId: garage, boothNo: 'A02', positionIds: [garagePosition] });
    const fair = await f.as('volunteer').employment.fairs.get({ id });
    expect(fair).toMatchObject({
      status: 'DRAFT',
      programme: 'EMPLOYMENT_AID_MONTH',
      organiserName: '遵义市总工会',
      boothCount: 2,
      positionCount: 3,
      publishedAt: null,
      version: 1,
      interest: [],
    });
    expect(fair.booths.map((b) => [b.boothNo, b.employerName, b.positions.length])).toEqual([
      ['A01', '遵义黔丰家政服务有限公司', 2],
      ['A02', '遵义娄山汽车维修厂', 1],
    ]);
    expect(fair.booths[0]!.positions.every((p) => p.listed && p.employerId === housekeeping)).toBe(true);
  });

  it('refuses a position of another employer at a booth, and a booth number already taken', async () => {
    const id = await newFair();
    await fairs().addBooth({
      fairId: id,
      employerId: housekeeping,
      boothNo: 'B01',
      positionIds: hkPositions,
    });
    const before = await employmentCounts(f);
    const foreign = await failure(
      fairs().addBooth({
        fairId: id,
        employerId: garage,
        boothNo: 'B02',
        positionIds: [garagePosition, hkPositions[0]!],
      }),
    );
    expect(foreign.domainCode).toBe('VALIDATION');
    expect(Object.keys(foreign.fieldErrors ?? {})).toEqual(['positionIds.1']);
    const taken = await failure(
      fairs().addBooth({ fairId: id, employerId: garage, boothNo: 'B01', positionIds: [garagePosition] }),
    );
    expect(taken.domainCode).toBe('CONFLICT');
    expect(taken.messages.zh).toContain('展位号B01已分配给其他单位');
    expect(taken.messages.en).toContain('Booth B01 is already taken');
    expect(await employmentCounts(f)).toEqual(before);
  });

  it('replaces a booth sent again for the same employer, and removes a booth with its positions', async () => {
    const id = await newFair();
    await fairs().addBooth({
      fairId: id,
      employerId: housekeeping,
      boothNo: 'C01',
      positionIds: hkPositions,
    });
    await fairs().addBooth({
      fairId: id,
      employerId: housekeeping,
      boothNo: 'C09',
      positionIds: [hkPositions[1]!],
    });
    let fair = await fairs().get({ id });
    expect(fair.booths.map((b) => [b.boothNo, b.positions.map((p) => p.id)])).toEqual([
      ['C09', [hkPositions[1]]],
    ]);
    await fairs().removeBooth({ fairId: id, employerId: housekeeping });
    fair = await fairs().get({ id });
    expect([fair.boothCount, fair.positionCount]).toEqual([0, 0]);
    expect((await failure(fairs().removeBooth({ fairId: id, employerId: housekeeping }))).domainCode).toBe(
      'NOT_FOUND',
    );
  });

  it('publishes a fair with booths once; a stale version or an empty fair is refused', async () => {
    const empty = await newFair();
    expect((await failure(fairs().publish({ id: empty, version: 1 }))).domainCode).toBe('VALIDATION');
    const id = await newFair();
    await fairs().addBooth({ fairId: id, employerId: garage, boothNo: 'D01', positionIds: [garagePosition] });
    expect((await failure(fairs().publish({ id, version: 2 }))).domainCode).toBe('VERSION_CONFLICT');
    expect(await fairs().publish({ id, version: 1 })).toEqual({ id, version: 2 });
    const fair = await fairs().get({ id });
    expect(fair.status).toBe('PUBLISHED');
    expect(fair.publishedAt).toBe(f.clock.now.toISOString());
    expect((await failure(fairs().publish({ id, version: 2 }))).domainCode).toBe('CONFLICT');
    const published = await fairs().list({ status: 'PUBLISHED' });
    expect(published.items.map((i) => i.id)).toContain(id);
    expect(published.items.every((i) => i.status === 'PUBLISHED')).toBe(true);
  });

  it('cancels a fair; its booths are then frozen', async () => {
    const id = await newFair();
    expect(await fairs().cancel({ id, version: 1 })).toEqual({ id, version: 2 });
    expect((await failure(fairs().cancel({ id, version: 2 }))).domainCode).toBe('CONFLICT');
    const err = await failure(
      fairs().addBooth({ fairId: id, employerId: garage, boothNo: 'E01', positionIds: [garagePosition] }),
    );
    expect(err.domainCode).toBe('CONFLICT');
    expect((await failure(fairs().publish({ id, version: 2 }))).domainCode).toBe('CONFLICT');
  });

  it('lets only officers whose subtree holds the fair change it (else NOT_FOUND)', async () => {
    const id = await newFair();
    const bijie = f.as('bijieEmploymentOfficer').employment.fairs;
    const before = await employmentCounts(f);
    const attempts = [
      () => bijie.addBooth({ fairId: id, employerId: garage, boothNo: 'F01', positionIds: [garagePosition] }),
      () => bijie.removeBooth({ fairId: id, employerId: garage }),
      () => bijie.publish({ id, version: 1 }),
      () => bijie.cancel({ id, version: 1 }),
      () => bijie.create(fairInput(f.orgId('520300'))),
    ];
    // Called one at a time, so no refusal goes unobserved while another is awaited.
    for (const attempt of attempts) expect((await failure(attempt())).domainCode).toBe('NOT_FOUND');
    expect(await employmentCounts(f)).toEqual(before);
    expect((await bijie.get({ id })).id).toBe(id);
    // A Bijie fair may invite an employer filed in Zunyi.
    const own = await bijie.create(fairInput(f.orgId('520500'), { divisionCode: '520502' }));
    await bijie.addBooth({ fairId: own.id, employerId: garage, boothNo: '1', positionIds: [garagePosition] });
    const zunyi = f.as('zunyiEmploymentOfficer').employment.fairs;
    expect(
      (
        await zunyi.addBooth({
          fairId: id,
          employerId: garage,
          boothNo: 'F01',
          positionIds: [garagePosition],
        })
      ).ok,
    ).toBe(true);
  });

  it('pages fairs by start date, latest first', async () => {
    await fairs().create(fairInput(f.orgId('520300'), { startDate: '2027-03-01', endDate: '2027-03-03' }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await fairs().list({ limit: 3, cursor });
      seen.push(...page.items.map((i) => `${i.startDate}|${i.id}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(seen[0]).toMatch(/^2027-03-01/);
  });
});
