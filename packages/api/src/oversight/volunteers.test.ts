import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../context';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput } from '../testing/fixture';
import {
  addOrg,
  addVolunteerUser,
  asActor,
  fileHousehold,
  oversightCounts,
} from '../testing/oversight-fixture';

describe.each(driverTestTargets())('volunteer verification on $name', (target) => {
  let f: Fixture;
  let households: string[];
  let outsider: StaffActor;
  let enterpriseUnion: string;
  beforeAll(async () => {
    f = await createFixture(target);
    households = [];
    for (let i = 0; i < 4; i++) households.push(await fileHousehold(f));
    enterpriseUnion = await addOrg(f, '520302-E01', '520302');
    outsider = await addVolunteerUser(f, 'vouter', '520302');
  }, 120_000);
  afterAll(() => f?.close());

  const cw = () => f.as('zunyiCw').oversight;

  it('never assigns a household to a volunteer of its own unit', async () => {
    // The fixture volunteer belongs to the households' own community union.
    await cw().registerVolunteer({
      userId: f.actor('volunteer').userId,
      association: '中华路社区志愿者协会',
      homeOrgId: f.orgId('520302-G01'),
    });
    const none = await cw().assignVerifications({ orgId: f.orgId('520302'), count: 10, seed: 'v1' });
    expect(none).toMatchObject({ assigned: [], unassignable: 4 });

    await cw().registerVolunteer({
      userId: outsider.userId,
      association: '机械厂志愿队',
      homeOrgId: enterpriseUnion,
    });
    const done = await cw().assignVerifications({ orgId: f.orgId('520302'), count: 10, seed: 'v1' });
    expect(done.assigned).toHaveLength(4);
    expect(new Set(done.assigned.map((a) => a.volunteerId))).toEqual(new Set([outsider.userId]));
    expect(done.assigned.map((a) => a.householdId).sort()).toEqual([...households].sort());
    expect(done.dueOn).toBe('2026-12-13');
    // Households with an open visit are not drawn again.
    expect(
      (await cw().assignVerifications({ orgId: f.orgId('520302'), count: 10, seed: 'v2' })).assigned,
    ).toEqual([]);
  });

  it('shows a volunteer only their own visits, with a masked name and no street address', async () => {
    const mine = await asActor(f, outsider).oversight.myVisits();
    expect(mine).toHaveLength(4);
    expect(mine[0]).toMatchObject({
      status: 'ASSIGNED',
      headNameMasked: '张*国',
      community: '红花岗区中华路社区工会',
    });
    expect(JSON.stringify(mine)).not.toContain('中华路100号');
    expect(await f.as('volunteer').oversight.myVisits()).toEqual([]);
  });

  it('lets only the assignee record a visit, once', async () => {
    const [visit] = await asActor(f, outsider).oversight.myVisits();
    const before = await oversightCounts(f);
    const input = { visitId: visit!.id, findings: '家中确有重病患者', outcome: 'CONFIRMED' as const };
    const other = await failure(f.as('volunteer').oversight.recordVerification(input));
    expect(other.domainCode).toBe('NOT_FOUND');
    expect(await oversightCounts(f)).toEqual(before);

    const saved = await asActor(f, outsider).oversight.recordVerification({ ...input, expectedVersion: 1 });
    expect(saved.version).toBe(2);
    const again = await failure(asActor(f, outsider).oversight.recordVerification(input));
    expect(again.domainCode).toBe('CONFLICT');
    const after = (await asActor(f, outsider).oversight.myVisits()).find((v) => v.id === visit!.id);
    expect(after).toMatchObject({ status: 'DONE', outcome: 'CONFIRMED', findings: '家中确有重病患者' });
  });

  it('registers only volunteer accounts the caseworker manages', async () => {
    const notVolunteer = await failure(
      cw().registerVolunteer({
        userId: f.actor('zunyiCw2').userId,
        association: 'x',
        homeOrgId: enterpriseUnion,
      }),
    );
    expect(notVolunteer.fieldErrors?.userId).toBeDefined();
    const elsewhere = await failure(
      cw().registerVolunteer({
        userId: f.actor('bijieVolunteer').userId,
        association: 'x',
        homeOrgId: enterpriseUnion,
      }),
    );
    expect(elsewhere.domainCode).toBe('NOT_FOUND');
  });

  it('takes a volunteer’s referral and links it to the draft a caseworker opens from it', async () => {
    const { id } = await f.as('volunteer').oversight.refer({
      orgId: f.orgId('520302-G01'),
      personName: '王小梅',
      phone: '13900001111',
      addressNote: '中华路社区3组',
      reason: '丈夫工伤,家中无收入',
    });
    const list = await cw().referrals({ orgId: f.orgId('520302') });
    expect(list.find((r) => r.id === id)).toMatchObject({
      status: 'NEW',
      phoneMasked: '*******1111',
      personName: '王小梅',
    });
    const row = await f.handle.db
      .selectFrom('volunteer_referral')
      .select('phone_enc')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(f.services.crypto.decrypt(row.phone_enc!)).toBe('13900001111');

    const filed = await failure(cw().convertReferral({ referralId: id, householdId: households[0]! }));
    expect(filed.domainCode).toBe('CONFLICT');
    const draft = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    await cw().convertReferral({ referralId: id, householdId: draft.id, expectedVersion: 1 });
    expect(
      (await cw().referrals({ orgId: f.orgId('520302'), status: 'CONVERTED' })).map((r) => r.householdId),
    ).toEqual([draft.id]);
    const twice = await failure(cw().convertReferral({ referralId: id, householdId: draft.id }));
    expect(twice.domainCode).toBe('CONFLICT');
  });
});
