import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimsWorld,
  claimTablesSnapshot,
  countRows,
  enrolMember,
  inpatientClaim,
  insertContribution,
  insertUnit,
  setClaimsPolicy,
} from '../testing/claims-fixture';
import { createFixture, type Fixture } from '../testing/fixture';

// A prepared example: 3 members of 2 units in 2 counties, contributions partly paid in, 4 claims.
describe.each(driverTestTargets())('fund statistics and what-if on $name', (target) => {
  let f: Fixture;
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  let keys = 0;
  beforeAll(async () => {
    f = await createFixture(target);
    await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
    world = await claimsWorld(f, 'TEST-STATS');
    const unitB = await insertUnit(f, '520302-G01', '520303');
    const a1 = await world.enrol();
    const a2 = await world.enrol({ hardship: true });
    const b1 = await enrolMember(f, unitB, world.scheme, {});
    const schemeId = world.scheme.id;
    const contribute = (
      enrolmentId: string,
      payer: 'INDIVIDUAL' | 'PREFECTURE_UNION' | 'COUNTY_UNION',
      amountFen: number,
      paidFen: number,
    ) => insertContribution(f, { enrolmentId, schemeId, payer, amountFen, paidFen });
    await contribute(a1.enrolmentId, 'INDIVIDUAL', 10_000, 10_000);
    await contribute(a2.enrolmentId, 'INDIVIDUAL', 6_000, 6_000);
    await contribute(a2.enrolmentId, 'PREFECTURE_UNION', 2_000, 2_000);
    await contribute(a2.enrolmentId, 'COUNTY_UNION', 2_000, 0);
    await contribute(b1.enrolmentId, 'INDIVIDUAL', 10_000, 10_000);
    // Policy-scope self-pay of 100 yuan: 50 yuan ordinary, 70 yuan hardship.
    const claim = (eventDate = '2026-10-01') =>
      inpatientClaim({
        policyScopeSelfPayFen: 10_000,
        eventDate,
        admissionDate: eventDate,
        dischargeDate: eventDate,
      });
    const submit = (enrolmentId: string, eventDate?: string) =>
      f
        .as('zunyiCw')
        .claims.submit({ enrolmentId, claim: claim(eventDate), idempotencyKey: `fund-test-${++keys}` });
    const decide = (claimId: string, decision: 'APPROVE' | 'REJECT') =>
      f.as('fundOfficer').claims.review({ claimId, expectedVersion: 1, decision, reason: '审核' });
    for (const e of [a1, a2]) {
      const c = await submit(e.enrolmentId);
      await decide(c.id, 'APPROVE');
      await f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 2 });
    }
    await decide((await submit(a2.enrolmentId, '2026-11-01')).id, 'REJECT');
    await decide((await submit(b1.enrolmentId)).id, 'APPROVE');
  });
  afterAll(() => f?.close());

  it('gives units, members, contributions by payer, claims, recipients, paid and the loss ratio per region', async () => {
    const s = await f.as('fundOfficer').claims.fund.statistics({ schemeId: world.scheme.id, year: 2026 });
    expect(s.rows.map((r) => [r.schemeCode, r.divisionCode])).toEqual([
      ['TEST-STATS', '520302'],
      ['TEST-STATS', '520303'],
    ]);
    expect(s.rows[0]).toMatchObject({
      units: 1,
      members: 2,
      raisedFen: 18_000,
      claims: 3,
      paidClaims: 2,
      recipients: 2,
      paidFen: 12_000,
    });
    expect(s.rows[0]?.lossRatio).toEqual({ numerator: 2, denominator: 3, permille: 667 });
    expect(s.rows[0]?.byPayer).toEqual(
      expect.arrayContaining([
        { payer: 'INDIVIDUAL', dueFen: 16_000, raisedFen: 16_000 },
        { payer: 'PREFECTURE_UNION', dueFen: 2_000, raisedFen: 2_000 },
        { payer: 'COUNTY_UNION', dueFen: 2_000, raisedFen: 0 },
      ]),
    );
    expect(s.rows[1]).toMatchObject({
      units: 1,
      members: 1,
      raisedFen: 10_000,
      claims: 1,
      recipients: 0,
      paidFen: 0,
    });
    expect(s.total).toMatchObject({
      units: 2,
      members: 3,
      raisedFen: 28_000,
      claims: 4,
      recipients: 2,
      paidFen: 12_000,
    });
    expect(s.total.lossRatio).toEqual({ numerator: 3, denominator: 7, permille: 429 });
  });

  it('agrees with direct counts of the tables', async () => {
    const db = f.handle.db;
    const s = await f.as('admin').claims.fund.statistics({ schemeId: world.scheme.id, year: 2026 });
    const paid = await db
      .selectFrom('ma_fund_entry')
      .select((eb) => eb.fn.sum<number>('amount_fen').as('fen'))
      .where('scheme_id', '=', world.scheme.id)
      .where('kind', '=', 'CLAIM_PAYOUT')
      .executeTakeFirstOrThrow();
    const raised = await db
      .selectFrom('ma_contribution')
      .select((eb) => eb.fn.sum<number>('paid_fen').as('fen'))
      .where('scheme_id', '=', world.scheme.id)
      .executeTakeFirstOrThrow();
    const claims = await db
      .selectFrom('ma_claim')
      .select('id')
      .where('scheme_code', '=', 'TEST-STATS')
      .execute();
    const members = await db
      .selectFrom('ma_enrolment')
      .select('member_id')
      .where('scheme_id', '=', world.scheme.id)
      .execute();
    expect([s.total.paidFen, s.total.raisedFen]).toEqual([Number(paid.fen), Number(raised.fen)]);
    expect([s.total.claims, s.total.members]).toEqual([
      claims.length,
      new Set(members.map((m) => m.member_id)).size,
    ]);
  });

  it('shows a county only its own subtree, and nothing for another year', async () => {
    const bijie = await f.as('admin').claims.fund.statistics({ orgId: f.orgId('520502'), year: 2026 });
    expect(bijie.rows).toEqual([]);
    expect((await f.as('auditor').claims.fund.statistics({ year: 2025 })).total.claims).toBe(0);
  });

  it('re-adjudicates the year under a changed rate without touching real claims or the ledger', async () => {
    const before = await claimTablesSnapshot(f);
    const counts = await countRows(f);
    const plan = world.scheme.body.plans[0]!;
    const bands = [{ ...plan.bands[0]!, ratePermilleHardship: 800 }];
    const r = await f.as('fundOfficer').claims.whatIf({
      schemeId: world.scheme.id,
      year: 2026,
      changes: [{ planCode: 'INPATIENT', set: { bands } }],
    });
    // The claim a reviewer rejected is left out; the hardship claim pays 80 instead of 70 yuan.
    expect(r).toMatchObject({
      claims: 3,
      currentPaidFen: 17_000,
      simulatedFen: 18_000,
      differenceFen: 1_000,
    });
    expect(r.byPlan).toEqual([
      {
        planCode: 'INPATIENT',
        claims: 3,
        currentPaidFen: 17_000,
        simulatedFen: 18_000,
        differenceFen: 1_000,
      },
    ]);
    expect(await claimTablesSnapshot(f)).toBe(before);
    expect(await countRows(f)).toEqual(counts);
  });

  it('refuses a what-if naming a plan the scheme lacks', async () => {
    const call = f.as('fundOfficer').claims.whatIf({
      schemeId: world.scheme.id,
      year: 2026,
      changes: [{ planCode: 'NO-SUCH-PLAN', set: { capPerTermFen: 1 } }],
    });
    await expect(call).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
