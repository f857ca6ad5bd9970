import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { type FiledHousehold, fileHousehold, insertPlan } from '../testing/portal-fixture';

describe.each(driverTestTargets())('the worker portal on $name', (target) => {
  let f: Fixture;
  let a: FiledHousehold;
  let b: FiledHousehold;
  let planA: { planId: string; version: number };
  let planB: { planId: string; version: number };
  beforeAll(async () => {
    f = await createFixture(target);
    a = await fileHousehold(f);
    b = await fileHousehold(f, 'bijieCw', '520502');
    await insertPlan(f, a.householdId, { planNo: 1, status: 'SIGNED' });
    planA = await insertPlan(f, a.householdId, { planNo: 2, status: 'DRAFT' });
    planB = await insertPlan(f, b.householdId, { planNo: 1, status: 'DRAFT', cadre: 'bijieCw' });
  });
  afterAll(() => f?.close());

  it('tells where the case is, in plain words, with the classification and nothing of another household', async () => {
    const c = await (await f.asWorker(a.householdId)).portal.myCase();
    expect(c.status).toBe('FILED');
    expect(c.statusLabel.zh).toBe('已建档');
    expect(c.since).toBe('2026-11-29');
    expect(c.next.map((n) => n.event)).toEqual(['RECORD_AID', 'START_REVIEW']);
    expect(c.timeline.map((s) => s.event)).toEqual([
      'SUBMIT',
      'START_SURVEY',
      'COMPLETE_SURVEY',
      'SEND_TO_REVIEW',
      'REQUEST_INCOME_CHECK',
      'OPEN_NOTICE',
      'CLOSE_NOTICE',
      'APPROVE',
    ]);
    expect(c.responsible.orgName).toBe('红花岗区总工会');
    expect(c.classification).toMatchObject({ category: 'DIBAO', pcniFen: 52_000 });
    expect(c.classification?.text.zh).toContain('低于低保线');
    const text = JSON.stringify(c);
    const bRow = await f.handle.db
      .selectFrom('household')
      .selectAll()
      .where('id', '=', b.householdId)
      .executeTakeFirstOrThrow();
    for (const leak of [b.householdId, bRow.file_no!, b.idNumber]) expect(text).not.toContain(leak);
    // No staff member's id or name on the worker's timeline.
    expect(text).not.toContain(f.actor('zunyiCw').userId);
  });

  it('shows the plans and lets the worker sign their own draft, never another household’s', async () => {
    const worker = await f.asWorker(a.householdId);
    const plans = await worker.portal.myPlan();
    expect(plans.map((p) => [p.planNo, p.status])).toEqual([
      [2, 'DRAFT'],
      [1, 'SIGNED'],
    ]);
    expect(plans[0]!.progress).toEqual({ done: 1, total: 2 });
    // IDOR: household B's plan id through A's session is simply not found, and B's plan stays a draft.
    const idor = await failure(
      worker.portal.signPlan({ planId: planB.planId, expectedVersion: planB.version }),
    );
    expect(idor.domainCode).toBe('NOT_FOUND');
    const bPlan = await f.handle.db
      .selectFrom('aid_plan')
      .select(['status', 'version'])
      .where('id', '=', planB.planId)
      .executeTakeFirstOrThrow();
    expect(bPlan).toEqual({ status: 'DRAFT', version: 1 });
    expect(
      (await failure(worker.portal.signPlan({ planId: planA.planId, expectedVersion: 0 }))).domainCode,
    ).toBe('VERSION_CONFLICT');
    const signed = await worker.portal.signPlan({ planId: planA.planId, expectedVersion: planA.version });
    expect(signed.planId).toBe(planA.planId);
    const after = await worker.portal.myPlan();
    expect(after.map((p) => [p.planNo, p.status, p.signedVia?.zh])).toEqual([
      [2, 'SIGNED', '职工端在线签字'],
    ]);
    expect((await (await f.asWorker(b.householdId)).portal.myPlan()).map((p) => p.id)).toEqual([
      planB.planId,
    ]);
  });

  it('takes a request to the household’s own union, which answers it', async () => {
    const worker = await f.asWorker(a.householdId);
    const { id } = await worker.portal.raiseRequest({ kind: 'OBJECTION', text: '收入核对有误,请复核' });
    expect((await failure(worker.portal.raiseRequest({ kind: 'APPEAL', text: '  ' }))).domainCode).toBe(
      'VALIDATION',
    );
    const open = await f.as('zunyiCw').portal.requests({ orgId: f.orgId('520302'), status: 'OPEN' });
    expect(open.map((r) => r.id)).toEqual([id]);
    expect(await f.as('bijieCw').portal.requests({ orgId: f.orgId('520502') })).toEqual([]);
    expect(
      (
        await failure(
          f.as('bijieCw').portal.handleRequest({ requestId: id, expectedVersion: 1, handling: '已复核' }),
        )
      ).domainCode,
    ).toBe('NOT_FOUND');
    await f
      .as('zunyiCw')
      .portal.handleRequest({ requestId: id, expectedVersion: 1, handling: '已安排重新核对' });
    const stale = await failure(
      f.as('zunyiCw2').portal.handleRequest({ requestId: id, expectedVersion: 1, handling: 'x' }),
    );
    expect(stale.domainCode).toBe('VERSION_CONFLICT');
    const mine = await worker.portal.myRequests();
    expect(mine[0]).toMatchObject({ id, status: 'HANDLED', handling: '已安排重新核对' });
    expect(await (await f.asWorker(b.householdId)).portal.myRequests()).toEqual([]);
  });

  it('updates the phone encrypted and logs it without the number', async () => {
    const worker = await f.asWorker(a.householdId);
    expect(await worker.portal.updatePhone({ phone: '13900001111' })).toEqual({ phone: '139****1111' });
    const m = await f.handle.db
      .selectFrom('household_member')
      .select(['phone_enc', 'phone_last4'])
      .where('household_id', '=', a.householdId)
      .where('relation', '=', 'SELF')
      .executeTakeFirstOrThrow();
    expect(f.services.crypto.decrypt(m.phone_enc!)).toBe('13900001111');
    const log = await f.handle.db
      .selectFrom('audit_event')
      .select(['after', 'actor_role'])
      .where('action', '=', 'portal.update_phone')
      .execute();
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toContain('13900001111');
    expect(log[0]!.actor_role).toBe('worker');
  });

  it('shows what is held, masked, and who has seen the sensitive data', async () => {
    const h = await f.as('zunyiCw').households.get({ id: a.householdId });
    await f.as('zunyiCw').households.revealIdNumber({
      householdId: a.householdId,
      memberId: h.members[1]!.id,
      purpose: 'CASE_VERIFICATION',
    });
    await f.as('bijieCw').households.revealIdNumber({
      householdId: b.householdId,
      memberId: (await f.as('bijieCw').households.get({ id: b.householdId })).members[0]!.id,
      purpose: 'AUDIT',
    });
    const p = await (await f.asWorker(a.householdId)).portal.myPrivacy();
    expect(p.members[0]!.idNumber).toMatch(/^520302\*{8}\d{3}[\dX]$/);
    expect(p.members[0]!.phone).toBe('139****1111');
    expect(p.bankAccount).toBe('**** **** **** 3445');
    expect(p.access).toEqual([
      {
        id: expect.any(String),
        date: '2026-11-29',
        orgName: '红花岗区总工会',
        role: { zh: '帮扶工作人员', en: 'Caseworker' },
        field: { zh: '身份证号', en: 'ID number' },
        purpose: { zh: '核实身份', en: 'Verify identity' },
      },
    ]);
    expect(JSON.stringify(p)).not.toContain(b.idNumber.slice(6, 14));
  });

  it('refuses a worker session on staff procedures, and staff on worker procedures', async () => {
    const worker = await f.asWorker(a.householdId);
    expect((await failure(worker.households.list({}))).domainCode).toBe('UNAUTHENTICATED');
    expect((await failure(worker.portal.cardHistory({ householdId: a.householdId }))).domainCode).toBe(
      'UNAUTHENTICATED',
    );
    expect((await failure(f.as('zunyiCw').portal.myCase())).domainCode).toBe('UNAUTHENTICATED');
    expect(
      (await failure(f.as('admin').portal.signPlan({ planId: planA.planId, expectedVersion: 1 }))).domainCode,
    ).toBe('UNAUTHENTICATED');
  });
});
