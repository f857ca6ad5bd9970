import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimsWorld,
  closeScheme,
  countRows,
  inpatientClaim,
  insertScheme,
  setClaimsPolicy,
  testScheme,
} from '../testing/claims-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai; the test scheme pays 50 % / 70 % (hardship).
describe.each(driverTestTargets())('claims.submit on $name', (target) => {
  let f: Fixture;
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  beforeAll(async () => {
    f = await createFixture(target);
    world = await claimsWorld(f);
    await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
  });
  afterAll(() => f?.close());
  let keys = 0;
  const key = () => `test-claim-key-${++keys}`;

  it('adjudicates at once under the scheme in force, with steps and a plain-words explanation', async () => {
    const { enrolmentId } = await world.enrol({ hardship: true });
    const filed = await f
      .as('zunyiCw')
      .claims.submit({ enrolmentId, claim: inpatientClaim(), idempotencyKey: key() });
    expect(filed).toMatchObject({ version: 1, status: 'ADJUDICATED', payableFen: 700_000, duplicate: false });
    const c = await f.as('fundOfficer').claims.get({ claimId: filed.id });
    expect(c).toMatchObject({
      schemeVersion: 1,
      payableFen: 700_000,
      submittedByKind: 'STAFF',
      refused: null,
    });
    expect(c.steps.at(-1)).toMatchObject({ code: 'PAYABLE', amountFen: 700_000 });
    expect(c.steps.some((s) => s.ratePermille === 700)).toBe(true);
    expect(c.explanation.zh).toContain('7,000.00');
    expect(c.explanation.en.length).toBeGreaterThan(10);
    const page = await f.as('grassrootsCw').claims.list({ status: 'ADJUDICATED' });
    expect(page.items.map((i) => i.id)).toContain(filed.id);
  });

  it('refuses missing documents, listing them, and writes nothing', async () => {
    const { enrolmentId } = await world.enrol();
    const before = await countRows(f);
    const claim = inpatientClaim({ documents: ['ID_CARD', 'DISCHARGE_SUMMARY'] });
    const err = await failure(f.as('zunyiCw').claims.submit({ enrolmentId, claim, idempotencyKey: key() }));
    expect(err.domainCode).toBe('VALIDATION');
    expect(err.details?.missing).toEqual(['MEDICAL_INVOICE', 'INSURANCE_SETTLEMENT']);
    expect(err.fieldErrors?.['claim.documents']?.[0]).toContain('医疗费用发票');
    expect(await countRows(f)).toEqual(before);
  });

  it('stores a claim within the waiting period as refused by the rules, with nothing payable', async () => {
    const { enrolmentId } = await world.enrol({ firstEnrolment: true });
    const early = inpatientClaim({
      eventDate: '2026-02-01',
      admissionDate: '2026-02-01',
      dischargeDate: '2026-02-03',
    });
    const c = await f.as('zunyiCw').claims.submit({ enrolmentId, claim: early, idempotencyKey: key() });
    expect(c.payableFen).toBe(0);
    const stored = await f.as('zunyiCw').claims.get({ claimId: c.id });
    expect(stored.refused?.code).toBe('WAITING_PERIOD');
    expect(stored.explanation.zh).toContain('等待期');
    const approve = { claimId: c.id, expectedVersion: 1, decision: 'APPROVE' as const, reason: '同意' };
    expect((await failure(f.as('fundOfficer').claims.review(approve))).domainCode).toBe('RULE_VIOLATION');
  });

  it('reads an enrolment outside the caller’s subtree as not found', async () => {
    const { enrolmentId } = await world.enrol();
    const before = await countRows(f);
    const err = await failure(
      f.as('bijieCw').claims.submit({ enrolmentId, claim: inpatientClaim(), idempotencyKey: key() }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
    expect(await countRows(f)).toEqual(before);
  });

  it('is replay-safe by key: the same claim returns the first filing; another claim is a mismatch', async () => {
    const { enrolmentId } = await world.enrol();
    const k = key();
    const input = { enrolmentId, claim: inpatientClaim(), idempotencyKey: k };
    const [a, b] = await Promise.all([
      f.as('zunyiCw').claims.submit(input),
      f.as('zunyiCw').claims.submit(input),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const other = { ...input, claim: inpatientClaim({ policyScopeSelfPayFen: 900_000 }) };
    expect((await failure(f.as('zunyiCw').claims.submit(other))).domainCode).toBe('IDEMPOTENCY_MISMATCH');
    const n = await f.handle.db
      .selectFrom('ma_claim')
      .select('id')
      .where('idempotency_key', '=', k)
      .execute();
    expect(n).toHaveLength(1);
  });

  it('keeps a settled claim as adjudicated when a later scheme version changes the rates', async () => {
    const w = await claimsWorld(f, 'TEST-VERSIONED');
    const { enrolmentId } = await w.enrol();
    const first = await f
      .as('zunyiCw')
      .claims.submit({ enrolmentId, claim: inpatientClaim(), idempotencyKey: key() });
    await f
      .as('fundOfficer')
      .claims.review({ claimId: first.id, expectedVersion: 1, decision: 'APPROVE', reason: '材料齐全' });
    const paid = await f.as('fundOfficer').claims.pay({ claimId: first.id, expectedVersion: 2 });
    const settled = await f.as('fundOfficer').claims.get({ claimId: first.id });

    const richer = testScheme('TEST-VERSIONED', {
      bands: [{ fromFen: 0, toFen: null, ratePermille: 600, ratePermilleHardship: 800 }],
    });
    await insertScheme(f, richer, { version: 2 });
    await closeScheme(f, w.scheme.id);

    expect(await f.as('fundOfficer').claims.get({ claimId: first.id })).toEqual(settled);
    expect([settled.schemeVersion, settled.payableFen, settled.approvedFen]).toEqual([1, 500_000, 500_000]);
    const entry = await f.handle.db
      .selectFrom('ma_fund_entry')
      .selectAll()
      .where('id', '=', paid.entryId)
      .executeTakeFirstOrThrow();
    expect(entry.amount_fen).toBe(500_000);
    // A claim filed now is adjudicated under version 2, the one in force.
    const second = await f.as('zunyiCw').claims.submit({
      enrolmentId,
      claim: inpatientClaim({
        eventDate: '2026-11-01',
        admissionDate: '2026-11-01',
        dischargeDate: '2026-11-05',
      }),
      idempotencyKey: key(),
    });
    expect(second.payableFen).toBe(600_000);
    expect((await f.as('fundOfficer').claims.get({ claimId: second.id })).schemeVersion).toBe(2);
  });
});
