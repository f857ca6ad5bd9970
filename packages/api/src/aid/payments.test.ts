import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aidCounts,
  draftHousehold,
  filedHousehold,
  freshKey,
  householdStatus,
  signedPlan,
} from '../testing/aid-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai; the default L is ¥800 (80,000 fen).
describe.each(driverTestTargets())('aid payments on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const living = (householdId: string, measureId: string | null, amountFen = 100_000) => ({
    idempotencyKey: freshKey(),
    householdId,
    measureId,
    programme: 'LIVING' as const,
    amountFen,
    fundingSource: 'CENTRAL_SPECIAL' as const,
    note: '生活救助',
  });

  it('the first payment moves FILED → AIDED; later ones keep it AIDED, each on the timeline', async () => {
    const id = await filedHousehold(f);
    const { measureIds } = await signedPlan(f, id);
    const req = await f.as('zunyiCw').aid.payments.request(living(id, measureIds[0] ?? null));
    // A county caseworker's own level covers a county-level payment.
    expect(req).toMatchObject({ status: 'APPROVED', requiredLevel: 'COUNTY', duplicate: false });
    expect((await householdStatus(f, id)).status).toBe('FILED');
    const paid = await f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 1 });
    expect((await householdStatus(f, id)).status).toBe('AIDED');
    const again = await f.as('zunyiCw').aid.payments.request(living(id, measureIds[0] ?? null, 50_000));
    await f.as('fundOfficer').aid.payments.pay({ requestId: again.requestId, expectedVersion: 1 });
    expect((await householdStatus(f, id)).status).toBe('AIDED');
    const steps = await f.handle.db
      .selectFrom('ident_step')
      .select(['event', 'from_status', 'to_status'])
      .where('household_id', '=', id)
      .where('event', '=', 'RECORD_AID')
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => `${s.from_status}>${s.to_status}`)).toEqual(['FILED>AIDED', 'AIDED>AIDED']);
    const page = await f.as('auditor').aid.ledger.list({ householdId: id });
    expect(page.items.map((e) => [e.kind, e.amountFen, e.payeeAccountLast4, e.countsAsIncome])).toEqual([
      ['PAYMENT', 100_000, '3445', true],
      ['PAYMENT', 50_000, '3445', true],
    ]);
    expect(page.items[0]).toMatchObject({
      id: paid.entryId,
      requestId: req.requestId,
      measureId: measureIds[0],
    });
    // Paying twice is refused.
    expect(
      (await failure(f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 2 })))
        .domainCode,
    ).toBe('CONFLICT');
  });

  it('临时救助 needs neither a file nor a plan, and moves no file', async () => {
    const id = await draftHousehold(f);
    const req = await f.as('zunyiCw').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: id,
      programme: 'TEMPORARY_RELIEF',
      amountFen: 200_000,
      fundingSource: 'UNION_FUNDS',
      note: '突发重病临时救助',
    });
    expect(req.status).toBe('APPROVED');
    await f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 1 });
    expect((await householdStatus(f, id)).status).toBe('DRAFT');
    // 2 members × ¥3,000 a year: ¥4,000 more would pass ¥6,000.
    const over = await failure(
      f.as('zunyiCw').aid.payments.request({
        idempotencyKey: freshKey(),
        householdId: id,
        programme: 'TEMPORARY_RELIEF',
        amountFen: 400_001,
        fundingSource: 'UNION_FUNDS',
        note: '再次临时救助',
      }),
    );
    expect(over.domainCode).toBe('RULE_VIOLATION');
    expect(over.details?.rule).toMatchObject({ code: 'CAP_EXCEEDED' });
    // Other programmes still need a file.
    const living0 = await failure(f.as('zunyiCw').aid.payments.request(living(id, null)));
    expect(living0.domainCode).toBe('NOT_ELIGIBLE');
  });

  it('a payment over the approval limit waits for the province; county and prefecture cannot approve', async () => {
    const id = await filedHousehold(f);
    const { measureIds } = await signedPlan(f, id);
    const req = await f.as('zunyiCw').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: id,
      measureId: measureIds[1] ?? null,
      programme: 'MEDICAL',
      amountFen: 2_500_000,
      selfPaidFen: 3_000_000,
      fundingSource: 'CENTRAL_SPECIAL',
      note: '住院自付费用医疗救助',
    });
    expect(req).toMatchObject({ status: 'PENDING_APPROVAL', requiredLevel: 'PROVINCE' });
    const pending = await f
      .as('fundOfficer')
      .aid.payments.pay({ requestId: req.requestId, expectedVersion: 1 })
      .catch((e) => e);
    expect(pending.code).toBe('CONFLICT');
    const decide = (user: 'hhgReviewer' | 'zunyiReviewer' | 'provinceReviewer') =>
      f.as(user).aid.payments.approve({
        requestId: req.requestId,
        expectedVersion: 1,
        decision: 'APPROVE',
        reason: '材料齐全',
      });
    const before = await aidCounts(f);
    for (const user of ['hhgReviewer', 'zunyiReviewer'] as const) {
      const err = await failure(decide(user));
      expect(err.domainCode).toBe('FORBIDDEN');
      expect(err.details).toMatchObject({ requiredLevel: 'PROVINCE' });
    }
    expect(await aidCounts(f)).toEqual(before);
    expect(await decide('provinceReviewer')).toMatchObject({ status: 'APPROVED', version: 2 });
    const paid = await f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 2 });
    const entry = await f.handle.db
      .selectFrom('aid_ledger_entry')
      .select(['approver_id', 'amount_fen'])
      .where('id', '=', paid.entryId)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ approver_id: f.actor('provinceReviewer').userId, amount_fen: 2_500_000 });
  });

  it('above the ACFTU limit: the requester may not approve; the province needs the 全总 reference', async () => {
    const id = await filedHousehold(f);
    const { measureIds } = await signedPlan(f, id);
    const req = await f.as('admin').aid.payments.request({
      idempotencyKey: freshKey(),
      householdId: id,
      measureId: measureIds[1] ?? null,
      programme: 'MEDICAL',
      amountFen: 6_000_000,
      selfPaidFen: 7_000_000,
      fundingSource: 'CENTRAL_SPECIAL',
      note: '重大疾病',
    });
    expect(req).toMatchObject({ status: 'PENDING_APPROVAL', requiredLevel: 'ACFTU' });
    const approve = (user: 'admin' | 'provinceReviewer', externalApprovalRef?: string) =>
      f.as(user).aid.payments.approve({
        requestId: req.requestId,
        expectedVersion: 1,
        decision: 'APPROVE',
        reason: '同意',
        externalApprovalRef,
      });
    expect((await failure(approve('admin', '总工发〔2026〕1号'))).messages.zh).toContain('申请人');
    expect((await failure(approve('provinceReviewer'))).domainCode).toBe('FORBIDDEN');
    expect((await approve('provinceReviewer', '总工发〔2026〕1号')).status).toBe('APPROVED');
  });

  it('a grassroots request waits for the county; a rejection ends it', async () => {
    const id = await filedHousehold(f, { org: '520302-G01', user: 'grassrootsCw' });
    const { measureIds } = await signedPlan(f, id, { user: 'grassrootsCw' });
    const req = await f.as('grassrootsCw').aid.payments.request(living(id, measureIds[0] ?? null));
    expect(req).toMatchObject({ status: 'PENDING_APPROVAL', requiredLevel: 'COUNTY' });
    const queue = await f.as('hhgReviewer').aid.payments.list({ status: 'PENDING_APPROVAL' });
    expect(queue.map((r) => r.id)).toContain(req.requestId);
    const rejected = await f.as('hhgReviewer').aid.payments.approve({
      requestId: req.requestId,
      expectedVersion: 1,
      decision: 'REJECT',
      reason: '重复申请',
    });
    expect(rejected.status).toBe('REJECTED');
    expect(
      (await failure(f.as('fundOfficer').aid.payments.pay({ requestId: req.requestId, expectedVersion: 2 })))
        .domainCode,
    ).toBe('CONFLICT');
  });

  it('caps and stacking are refused by name, with nothing written', async () => {
    const deep = await filedHousehold(f);
    const deepPlan = await signedPlan(f, deep);
    const before = await aidCounts(f);
    // 深度 living aid ≤ 10 × L = ¥8,000 a year.
    const cap = await failure(
      f.as('zunyiCw').aid.payments.request(living(deep, deepPlan.measureIds[0] ?? null, 800_001)),
    );
    expect(cap.domainCode).toBe('RULE_VIOLATION');
    expect(cap.details?.rule).toMatchObject({ code: 'CAP_EXCEEDED' });
    expect(await aidCounts(f)).toEqual(before);
    await f.as('zunyiCw').aid.payments.request(living(deep, deepPlan.measureIds[0] ?? null, 800_000));

    const relative = await filedHousehold(f, {
      overrides: { standardVersion: 'ACFTU_2020', category: 'RELATIVE' },
    });
    const plan = await signedPlan(f, relative);
    const first = await f.as('zunyiCw').aid.payments.request(living(relative, plan.measureIds[0] ?? null));
    await f.as('fundOfficer').aid.payments.pay({ requestId: first.requestId, expectedVersion: 1 });
    const mid = await aidCounts(f);
    const second = await failure(
      f.as('zunyiCw').aid.payments.request({
        idempotencyKey: freshKey(),
        householdId: relative,
        measureId: plan.measureIds[1] ?? null,
        programme: 'MEDICAL',
        amountFen: 100_000,
        selfPaidFen: 1_000_000,
        fundingSource: 'UNION_FUNDS',
        note: '医疗救助',
      }),
    );
    expect(second.domainCode).toBe('RULE_VIOLATION');
    expect(second.details?.rule).toMatchObject({ code: 'STACKING_LIMIT' });
    expect(second.messages.zh).toContain('相对困难家庭每年最多享受1个帮扶项目');
    expect(await aidCounts(f)).toEqual(mid);
  });

  it('out-of-scope households are not found', async () => {
    const id = await filedHousehold(f);
    const err = await failure(f.as('bijieCw').aid.payments.request(living(id, null)));
    expect(err.domainCode).toBe('NOT_FOUND');
  });
});
