import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsWorld, countRows, inpatientClaim, setClaimsPolicy } from '../testing/claims-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { appendFundEntry } from './fund-ledger';

describe.each(driverTestTargets())('claims review and payment on $name', (target) => {
  let f: Fixture;
  let world: Awaited<ReturnType<typeof claimsWorld>>;
  beforeAll(async () => {
    f = await createFixture(target);
    world = await claimsWorld(f);
    await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
  });
  afterAll(() => f?.close());
  let keys = 0;

  /** Files a claim for a fresh member; policy-scope self-pay in fen. */
  async function file(selfPayFen = 1_000_000, hardship = false) {
    const { enrolmentId } = await world.enrol({ hardship });
    const claim = inpatientClaim({
      policyScopeSelfPayFen: selfPayFen,
      selfPayFen,
      totalCostFen: 3_000_000 + selfPayFen,
    });
    return f.as('zunyiCw').claims.submit({ enrolmentId, claim, idempotencyKey: `review-pay-${++keys}` });
  }
  const decide = (claimId: string, expectedVersion: number, decision: 'APPROVE' | 'REJECT' = 'APPROVE') => ({
    claimId,
    expectedVersion,
    decision,
    reason: decision === 'APPROVE' ? '材料齐全,核算无误' : '材料不实',
  });
  const payouts = (claimId: string) =>
    f.handle.db.selectFrom('ma_fund_entry').selectAll().where('claim_id', '=', claimId).execute();

  it('approves a small claim in one review and pays it once, however often pay is called', async () => {
    const c = await file();
    expect(await f.as('fundOfficer').claims.review(decide(c.id, 1))).toMatchObject({
      status: 'APPROVED',
      version: 2,
    });
    const first = await f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 2 });
    expect(first).toMatchObject({ version: 3, amountFen: 500_000, duplicate: false });
    const again = await f.as('admin').claims.pay({ claimId: c.id, expectedVersion: 2 });
    expect(again).toMatchObject({ entryId: first.entryId, duplicate: true });
    const entries = await payouts(c.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'CLAIM_PAYOUT',
      amount_fen: 500_000,
      idempotency_key: `claim:${c.id}`,
    });
    expect((await f.as('fundOfficer').claims.get({ claimId: c.id })).status).toBe('PAID');
  });

  it('pays once when two payment calls race', async () => {
    const c = await file();
    await f.as('fundOfficer').claims.review(decide(c.id, 1));
    const [a, b] = await Promise.all([
      f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 2 }),
      f.as('admin').claims.pay({ claimId: c.id, expectedVersion: 2 }),
    ]);
    expect(a.entryId).toBe(b.entryId);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await payouts(c.id)).toHaveLength(1);
  });

  it('writes one fund entry per key, refuses a reused key, and the ledger refuses edits', async () => {
    const c = await file();
    const ctx = f.context('fundOfficer');
    const entry = {
      idempotencyKey: `claim:${c.id}`,
      kind: 'CLAIM_PAYOUT' as const,
      schemeId: world.scheme.id,
      orgPath: f.actor('grassrootsCw').orgPath,
      memberId: (await f.as('zunyiCw').claims.get({ claimId: c.id })).memberId,
      claimId: c.id,
      amountFen: 500_000,
      paidOn: '2026-11-29',
    };
    const a = await withTransaction(f.handle.db, (trx) => appendFundEntry(trx, ctx, entry));
    const b = await withTransaction(f.handle.db, (trx) => appendFundEntry(trx, ctx, entry));
    expect([a.entryId, b.duplicate]).toEqual([b.entryId, true]);
    await expect(
      withTransaction(f.handle.db, (trx) => appendFundEntry(trx, ctx, { ...entry, amountFen: 1 })),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_MISMATCH' });
    await expect(
      f.handle.db.updateTable('ma_fund_entry').set({ amount_fen: 1 }).where('id', '=', a.entryId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      f.handle.db.deleteFrom('ma_fund_entry').where('id', '=', a.entryId).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses paying before approval and a stale version, changing nothing', async () => {
    const c = await file();
    const before = await countRows(f);
    const early = await failure(f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 1 }));
    expect(early.domainCode).toBe('STEP_OUT_OF_ORDER');
    await f.as('fundOfficer').claims.review(decide(c.id, 1));
    const stale = await failure(f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 1 }));
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    expect((await countRows(f)).entries).toBe(before.entries);
    expect(await payouts(c.id)).toHaveLength(0);
  });

  it('sends a claim above the amount line to a second, different reviewer', async () => {
    // Hardship 70 % of 40,000 yuan = 28,000 yuan, above the 20,000 line.
    const c = await file(4_000_000, true);
    expect(c.payableFen).toBe(2_800_000);
    const first = await f.as('fundOfficer').claims.review(decide(c.id, 1));
    expect(first.status).toBe('SECOND_REVIEW');
    const early = await failure(f.as('fundOfficer').claims.pay({ claimId: c.id, expectedVersion: 2 }));
    expect(early.domainCode).toBe('STEP_OUT_OF_ORDER');
    const before = await countRows(f);
    const self = await failure(f.as('fundOfficer').claims.review(decide(c.id, 2)));
    expect(self.domainCode).toBe('RECUSAL_REQUIRED');
    expect(await countRows(f)).toEqual(before);
    expect(await f.as('admin').claims.review(decide(c.id, 2))).toMatchObject({
      status: 'APPROVED',
      version: 3,
    });
    const got = await f.as('admin').claims.get({ claimId: c.id });
    expect(got).toMatchObject({ secondReviewReason: 'ABOVE_AMOUNT', approvedFen: 2_800_000 });
    expect(got.secondReviewerId).not.toBe(got.firstReviewerId);
  });

  it('draws claims for a second review at the configured random share, and lets the second reviewer reject', async () => {
    await setClaimsPolicy(f, { secondReviewSharePermille: 1000, secondReviewAboveFen: 2_000_000 });
    const c = await file();
    await setClaimsPolicy(f, { secondReviewSharePermille: 0, secondReviewAboveFen: 2_000_000 });
    expect((await f.as('fundOfficer').claims.get({ claimId: c.id })).secondReviewReason).toBe('RANDOM');
    expect((await f.as('admin').claims.review(decide(c.id, 1))).status).toBe('SECOND_REVIEW');
    expect((await failure(f.as('admin').claims.review(decide(c.id, 2, 'REJECT')))).domainCode).toBe(
      'RECUSAL_REQUIRED',
    );
    expect((await f.as('fundOfficer').claims.review(decide(c.id, 2, 'REJECT'))).status).toBe('REJECTED');
    // With the share back at 0 and a small amount, one review suffices.
    const d = await file();
    expect((await f.as('fundOfficer').claims.review(decide(d.id, 1))).status).toBe('APPROVED');
  });

  it('lets only fund officers and admins decide', async () => {
    const c = await file();
    expect((await failure(f.as('zunyiCw').claims.review(decide(c.id, 1)))).domainCode).toBe('FORBIDDEN');
    expect((await failure(f.as('bijieCw').claims.get({ claimId: c.id }))).domainCode).toBe('NOT_FOUND');
  });
});
