import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsWorld, countRows, inpatientClaim, setClaimsPolicy } from '../testing/claims-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture, householdInput } from '../testing/fixture';
import { mutualAidPaidForHousehold } from './household-mutual-aid';

describe.each(driverTestTargets())('claims and the household on $name', (target) => {
  let f: Fixture;
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  let householdId: string;
  let linked: { memberId: string; enrolmentId: string };
  let paidClaimId: string;
  beforeAll(async () => {
    f = await createFixture(target);
    await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
    world = await claimsWorld(f);
    householdId = (await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')))).id;
    linked = await world.enrol({ householdId, hardship: true });
    const c = await f.as('zunyiCw').claims.submit({
      enrolmentId: linked.enrolmentId,
      claim: inpatientClaim(),
      idempotencyKey: 'household-claim-1',
    });
    await f
      .as('fundOfficer')
      .claims.review({ claimId: c.id, expectedVersion: 1, decision: 'APPROVE', reason: '同意' });
    await f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 2 });
    paidClaimId = c.id;
  });
  afterAll(() => f?.close());

  it('sums what mutual aid paid for the household’s members in a year, for the next assessment', async () => {
    expect(await mutualAidPaidForHousehold(f.handle.db, householdId, 2026)).toBe(700_000);
    expect(await mutualAidPaidForHousehold(f.handle.db, householdId, 2025)).toBe(0);
    const other = (await f.as('zunyiCw').households.create(householdInput(f.orgId('520302-G01')))).id;
    expect(await mutualAidPaidForHousehold(f.handle.db, other, 2026)).toBe(0);
  });

  it('shows the worker their household’s claims with the explanation in plain words', async () => {
    const mine = await (await f.asWorker(householdId)).claims.mine();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ id: paidClaimId, paidFen: 700_000, status: { zh: '已支付' } });
    expect(mine.items[0]?.explanation.zh).toContain('7,000.00');
    expect(JSON.stringify(mine)).not.toContain(f.actor('fundOfficer').userId);
  });

  it('lets the worker file a claim for their own enrolment, dated today', async () => {
    const worker = await f.asWorker(householdId);
    const claim = inpatientClaim({
      eventDate: '2026-11-10',
      admissionDate: '2026-11-10',
      dischargeDate: '2026-11-12',
    });
    const filed = await worker.claims.submitMine({
      enrolmentId: linked.enrolmentId,
      claim,
      idempotencyKey: 'portal-claim-1',
    });
    expect(filed.status).toBe('ADJUDICATED');
    const c = await f.as('zunyiCw').claims.get({ claimId: filed.id });
    expect([c.submittedByKind, c.claim.submittedOn]).toEqual(['WORKER', '2026-11-29']);
    const again = await worker.claims.submitMine({
      enrolmentId: linked.enrolmentId,
      claim,
      idempotencyKey: 'portal-claim-1',
    });
    expect(again).toMatchObject({ id: filed.id, duplicate: true });
  });

  it('reads another member’s enrolment as not found for the worker and writes nothing', async () => {
    const stranger = await world.enrol();
    const before = await countRows(f);
    const err = await failure(
      (await f.asWorker(householdId)).claims.submitMine({
        enrolmentId: stranger.enrolmentId,
        claim: inpatientClaim(),
        idempotencyKey: 'portal-claim-2',
      }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
    expect(await countRows(f)).toEqual(before);
  });
});
