import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEmployer, postPosition } from '../testing/employment-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, fairInput, householdInput } from '../testing/fixture';

const CONTACT = { contactName: '欧阳秀芬', contactPhone: '13985556666' };

/** Every string anywhere in a value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('kiosk on $name', (target) => {
  let f: Fixture;
  let fairId: string;
  let employerId: string;
  const positions: Record<'live' | 'expired' | 'filled' | 'phoneInText' | 'elsewhere', string> = {} as never;
  const worker = householdInput('');
  beforeAll(async () => {
    f = await createFixture(target);
    // A worker on file, whose data must never reach a public screen.
    await f
      .as('zunyiCw')
      .households.create(householdInput(f.orgId('520302-G01'), { members: worker.members }));
    employerId = await postEmployer(f, CONTACT);
    positions.live = await postPosition(f, employerId);
    positions.expired = await postPosition(f, employerId, { validFrom: '2026-10-01', validTo: '2026-11-28' });
    positions.filled = await postPosition(f, employerId, { headcount: 1, title: '月嫂' });
    positions.phoneInText = await postPosition(f, employerId, {
      title: '保洁员',
      requirements: `有意者请联系${CONTACT.contactName},电话${CONTACT.contactPhone}`,
    });
    positions.elsewhere = await postPosition(f, employerId, { title: '不在本场' });
    await f
      .as('employmentOfficer')
      .employment.positions.recordHires({ id: positions.filled, version: 1, count: 1 });
    fairId = (await f.as('employmentOfficer').employment.fairs.create(fairInput(f.orgId('520300')))).id;
    await f.as('employmentOfficer').employment.fairs.addBooth({
      fairId,
      employerId,
      boothNo: 'A08',
      positionIds: [positions.live, positions.expired, positions.filled, positions.phoneInText],
    });
  });
  afterAll(() => f?.close());

  const kiosk = () => f.as(null).kiosk;

  it('shows nothing of a draft fair, then the published fair to anyone without signing in', async () => {
    expect((await failure(kiosk().fair({ fairId }))).domainCode).toBe('NOT_FOUND');
    await f.as('employmentOfficer').employment.fairs.publish({ id: fairId, version: 1 });
    const shown = await kiosk().fair({ fairId });
    expect(shown.fair).toEqual({
      id: fairId,
      name: '2026年遵义市就业援助月专场招聘会',
      programme: 'EMPLOYMENT_AID_MONTH',
      venue: '遵义市红花岗区人力资源市场',
      startDate: '2026-11-28',
      endDate: '2026-11-30',
      organiserName: '遵义市总工会',
      divisionCode: '520302',
    });
    const live = shown.positions.find((p) => p.id === positions.live);
    expect(live).toEqual({
      id: positions.live,
      title: '家政服务员',
      category: 'HOUSEKEEPING',
      divisionCode: '520302',
      countyName: '红花岗区',
      employerName: '遵义黔丰家政服务有限公司',
      boothNo: 'A08',
      salaryMinFen: 300_000,
      salaryMaxFen: 450_000,
      openings: 3,
      hours: 'SCHOOL_HOURS',
      requirements: '身体健康,有责任心',
      skills: ['家政'],
      suitability: ['CARE_DUTIES'],
      validTo: '2026-12-31',
    });
  });

  it('leaves expired and filled positions, and positions of other fairs, off the kiosk', async () => {
    const shown = await kiosk().fair({ fairId });
    expect(shown.positions.map((p) => p.id).sort()).toEqual([positions.live, positions.phoneInText].sort());
    for (const id of [positions.expired, positions.filled]) {
      expect((await failure(kiosk().position({ positionId: id }))).domainCode).toBe('NOT_FOUND');
    }
  });

  it('opens a listed position for the QR code page, with its fairs', async () => {
    const p = await kiosk().position({ positionId: positions.live });
    expect(p).toMatchObject({
      id: positions.live,
      boothNo: null,
      employerAddress: '遵义市红花岗区中华路18号',
    });
    expect(p.fairs).toEqual([{ id: fairId, name: '2026年遵义市就业援助月专场招聘会' }]);
    expect((await kiosk().position({ positionId: positions.elsewhere })).fairs).toEqual([]);
  });

  it('counts visitors’ interest for a position of a published fair only', async () => {
    expect(await kiosk().registerInterest({ fairId, positionId: positions.live })).toEqual({ count: 1 });
    expect(await kiosk().registerInterest({ fairId, positionId: positions.live })).toEqual({ count: 2 });
    const notHere = await failure(kiosk().registerInterest({ fairId, positionId: positions.elsewhere }));
    expect(notHere.domainCode).toBe('NOT_FOUND');
    const noCsrf = await failure(
      f.as(null, { csrfOk: false }).kiosk.registerInterest({ fairId, positionId: positions.live }),
    );
    expect(noCsrf.domainCode).toBe('CSRF');
    const fair = await f.as('employmentOfficer').employment.fairs.get({ id: fairId });
    expect(fair.interest).toEqual([{ positionId: positions.live, count: 2 }]);
  });

  it('returns no personal data: no phones, ID numbers, contact or worker names anywhere', async () => {
    const responses = [
      await kiosk().fair({ fairId }),
      await kiosk().position({ positionId: positions.live }),
      await kiosk().position({ positionId: positions.phoneInText }),
      await kiosk().registerInterest({ fairId, positionId: positions.phoneInText }),
    ];
    const all = strings(responses);
    const forbidden = [
      CONTACT.contactName,
      CONTACT.contactPhone,
      ...worker.members.flatMap((m) => [m.name, m.idNumber ?? '', m.phone ?? '']).filter(Boolean),
    ];
    for (const s of all) {
      // Standing alone: a UUID's last group ('…-14976238300a') is not a phone number.
      expect(s).not.toMatch(/(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/);
      expect(s).not.toMatch(/(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/);
      for (const word of forbidden) expect(s).not.toContain(word);
      expect(s).not.toMatch(/contact|phone|idnumber/i);
    }
    // Typed into free text by an officer, the contact is blanked out on the public screen.
    expect((responses[2] as { requirements: string }).requirements).toBe('有意者请联系****,电话***********');
  });

  it('keeps its body the same while nothing changes, and hides a cancelled fair', async () => {
    const a = await kiosk().fair({ fairId });
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    const b = await kiosk().fair({ fairId });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    await f
      .as('employmentOfficer')
      .employment.positions.recordHires({ id: positions.live, version: 1, count: 1 });
    const c = await kiosk().fair({ fairId });
    expect(c.generatedAt > a.generatedAt).toBe(true);
    expect(c.positions.find((p) => p.id === positions.live)?.openings).toBe(2);
    const { version } = await f.as('employmentOfficer').employment.fairs.get({ id: fairId });
    await f.as('employmentOfficer').employment.fairs.cancel({ id: fairId, version });
    expect((await failure(kiosk().fair({ fairId }))).domainCode).toBe('NOT_FOUND');
    expect((await failure(kiosk().registerInterest({ fairId, positionId: positions.live }))).domainCode).toBe(
      'NOT_FOUND',
    );
  });
});
