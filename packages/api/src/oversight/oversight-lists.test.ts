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

const FILED = ['FILED', 'AIDED'] as const;

describe.each(driverTestTargets())('spot-check and verification reads on $name', (target) => {
  let f: Fixture;
  let zunyi: string[];
  let outsider: StaffActor;
  beforeAll(async () => {
    f = await createFixture(target);
    zunyi = [];
    for (let i = 0; i < 3; i++) zunyi.push(await fileHousehold(f));
    await fileHousehold(f, { org: '520502-G01' });
    outsider = await addVolunteerUser(f, 'vlist', '520302');
  }, 120_000);
  afterAll(() => f?.close());

  const auditor = () => f.as('auditor').oversight;
  const tick = (iso: string) => {
    f.clock.now = new Date(iso);
  };

  it('lists past spot checks newest first with counts and the findings so far', async () => {
    tick('2026-11-29T02:00:00.000Z');
    const province = await auditor().drawSpotCheck({
      orgId: f.orgId('520000'),
      sharePermille: 1000,
      stratifyBy: 'REGION',
      statuses: [...FILED],
      seed: 'list-1',
    });
    tick('2026-11-30T02:00:00.000Z');
    const county = await auditor().drawSpotCheck({
      orgId: f.orgId('520302'),
      sharePermille: 1000,
      stratifyBy: 'REGION',
      statuses: [...FILED],
      seed: 'list-2',
    });
    const [item] = (await auditor().spotCheck({ id: county.id })).items;
    await auditor().recordSpotCheckOutcome({
      itemId: item!.id,
      outcome: 'CORRECT',
      note: '入户核实,认定准确',
    });

    const first = await auditor().spotChecks({ limit: 1 });
    expect(first.items.map((c) => c.id)).toEqual([county.id]);
    expect(first.items[0]).toMatchObject({
      orgName: '红花岗区总工会',
      seed: 'list-2',
      populationCount: 3,
      sampleCount: 3,
      checkedCount: 1,
      outcomes: { CORRECT: 1, WRONGLY_INCLUDED: 0, WRONGLY_LEFT_OUT: 0, WRONGLY_EXITED: 0, MISSED_EXIT: 0 },
    });
    expect(first.nextCursor).not.toBeNull();
    const second = await auditor().spotChecks({ limit: 1, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((c) => [c.id, c.populationCount, c.checkedCount])).toEqual([[province.id, 4, 0]]);
    expect(second.nextCursor).toBeNull();
  });

  it('shows a reviewer only the checks drawn inside their subtree', async () => {
    const mine = await f.as('zunyiReviewer').oversight.spotChecks({});
    expect(mine.items.map((c) => c.seed)).toEqual(['list-2']);
    const foreign = await failure(f.as('zunyiReviewer').oversight.spotChecks({ orgId: f.orgId('520000') }));
    expect(foreign.domainCode).toBe('NOT_FOUND');
  });

  it('shows caseworkers a household’s verification visits and the volunteer’s findings', async () => {
    const cw = f.as('zunyiCw').oversight;
    await cw.registerVolunteer({
      userId: outsider.userId,
      association: '机械厂志愿队',
      homeOrgId: await addOrg(f, '520302-E02', '520302'),
    });
    const { assigned } = await cw.assignVerifications({ orgId: f.orgId('520302'), count: 1, seed: 'v-list' });
    const householdId = assigned[0]!.householdId;
    expect(await cw.verifications({ householdId })).toMatchObject([
      { status: 'ASSIGNED', volunteerName: '志愿者vlist', association: '机械厂志愿队', outcome: null },
    ]);
    const [visit] = await asActor(f, outsider).oversight.myVisits();
    await asActor(f, outsider).oversight.recordVerification({
      visitId: visit!.id,
      findings: '家中确有重病患者',
      outcome: 'CONFIRMED',
    });
    const read = await f.as('hhgReviewer').oversight.verifications({ householdId });
    expect(read).toMatchObject([
      { id: visit!.id, status: 'DONE', outcome: 'CONFIRMED', findings: '家中确有重病患者' },
    ]);
    const other = zunyi.find((id) => id !== householdId)!;
    expect(await cw.verifications({ householdId: other })).toEqual([]);
  });

  it('reads another county’s household as not found and changes nothing', async () => {
    const before = await oversightCounts(f);
    const err = await failure(f.as('bijieCw').oversight.verifications({ householdId: zunyi[0]! }));
    expect(err.domainCode).toBe('NOT_FOUND');
    const draft = await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')));
    expect(await f.as('zunyiCw').oversight.verifications({ householdId: draft.id })).toEqual([]);
    const after = await oversightCounts(f);
    expect({ ...after, household: before.household, audit_event: before.audit_event }).toEqual(before);
  });
});
