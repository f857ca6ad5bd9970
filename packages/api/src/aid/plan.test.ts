import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aidCounts,
  draftHousehold,
  filedHousehold,
  freshKey,
  livingMeasure,
  signedPlan,
} from '../testing/aid-fixture';
import { attachSignedPlan } from '../testing/aid-signature-fixture';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import { signPlanAsWorker } from './sign-plan';

// The fixture's clock reads 2026-11-29 in Asia/Shanghai.
describe.each(driverTestTargets())('aid plans on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  const cw = () => f.as('zunyiCw').aid;
  const draftInput = (householdId: string) => ({
    householdId,
    responsibleCadreId: f.actor('grassrootsCw').userId,
    plannedExitYear: 2028,
    measures: [livingMeasure],
  });

  it('refuses a plan for a household that is not filed, and writes nothing', async () => {
    const id = await draftHousehold(f);
    const before = await aidCounts(f);
    expect((await failure(cw().plan.saveDraft(draftInput(id)))).domainCode).toBe('NOT_ELIGIBLE');
    expect(await aidCounts(f)).toEqual(before);
  });

  it('no aid before the worker signs; the portal signature puts the plan in force', async () => {
    const id = await filedHousehold(f);
    const draft = await cw().plan.saveDraft(draftInput(id));
    expect(draft).toMatchObject({ planNo: 1, version: 1 });
    const edited = await cw().plan.saveDraft({
      ...draftInput(id),
      expectedVersion: 1,
      plannedExitYear: 2029,
    });
    expect(edited).toMatchObject({ planId: draft.planId, version: 2 });
    // Someone else's stale edit changes nothing.
    expect((await failure(cw().plan.saveDraft({ ...draftInput(id), expectedVersion: 1 }))).domainCode).toBe(
      'VERSION_CONFLICT',
    );
    const before = await aidCounts(f);
    const refused = await failure(
      cw().payments.request({
        idempotencyKey: freshKey(),
        householdId: id,
        programme: 'LIVING',
        amountFen: 50_000,
        fundingSource: 'UNION_FUNDS',
        note: '生活救助',
      }),
    );
    expect(refused.domainCode).toBe('PLAN_NOT_SIGNED');
    expect(await aidCounts(f)).toEqual(before);

    const signed = await withTransaction(f.services.db, (trx) =>
      signPlanAsWorker(trx, f.context(null), { householdId: id, planId: draft.planId, expectedVersion: 2 }),
    );
    expect(signed.planId).toBe(draft.planId);
    const plans = await f.as('auditor').aid.plan.get({ householdId: id });
    expect(plans.draft).toBeNull();
    expect(plans.current).toMatchObject({
      planNo: 1,
      status: 'SIGNED',
      signedVia: 'PORTAL',
      signerName: '张建国',
      plannedExitYear: 2029,
      responsibleCadreName: '测试grassrootsCw',
    });
    expect(plans.current?.measures.map((m) => m.kind)).toEqual(['LIVING']);
  });

  it('revising a signed plan drafts plan 2; a paper signature supersedes plan 1', async () => {
    const id = await filedHousehold(f);
    const first = await signedPlan(f, id);
    const next = await cw().plan.saveDraft(draftInput(id));
    expect(next.planNo).toBe(2);
    let plans = await cw().plan.get({ householdId: id });
    expect([plans.current?.id, plans.draft?.id]).toEqual([first.planId, next.planId]);

    const other = await filedHousehold(f);
    const foreignScan = await attachSignedPlan(f, other);
    const sign = (attachmentId: string, expectedVersion = 1) =>
      cw().plan.signOnPaper({ planId: next.planId, expectedVersion, signerName: '张建国', attachmentId });
    const wrong = await failure(sign(foreignScan));
    expect(Object.keys(wrong.fieldErrors ?? {})).toEqual(['attachmentId']);
    // A photo filed under another kind (an ID card, say) is not the signed plan.
    const idCard = await failure(sign(await attachSignedPlan(f, id, 'ID_CARD')));
    expect([idCard.domainCode, idCard.details?.kind]).toEqual(['VALIDATION', 'ID_CARD']);
    expect((await cw().plan.get({ householdId: id })).draft?.id).toBe(next.planId);
    const scan = await attachSignedPlan(f, id);
    expect((await failure(sign(scan, 9))).domainCode).toBe('VERSION_CONFLICT');
    await sign(scan);

    plans = await cw().plan.get({ householdId: id });
    expect(plans.current).toMatchObject({ id: next.planId, signedVia: 'PAPER', signatureAttachmentId: scan });
    expect(plans.history.map((p) => [p.planNo, p.status])).toEqual([
      [2, 'SIGNED'],
      [1, 'SUPERSEDED'],
    ]);
    // A measure of the superseded plan no longer carries aid.
    const stale = await failure(
      cw().payments.request({
        idempotencyKey: freshKey(),
        householdId: id,
        measureId: first.measureIds[0],
        programme: 'LIVING',
        amountFen: 50_000,
        fundingSource: 'UNION_FUNDS',
        note: '旧计划措施',
      }),
    );
    expect(Object.keys(stale.fieldErrors ?? {})).toEqual(['measureId']);
  });

  it('hides another county’s household and plan (not found)', async () => {
    const id = await filedHousehold(f);
    const { planId } = await signedPlan(f, id);
    expect((await failure(f.as('bijieCw').aid.plan.get({ householdId: id }))).domainCode).toBe('NOT_FOUND');
    const scan = await attachSignedPlan(f, id);
    const err = await failure(
      f
        .as('bijieCw')
        .aid.plan.signOnPaper({ planId, expectedVersion: 1, signerName: 'x', attachmentId: scan }),
    );
    expect(err.domainCode).toBe('NOT_FOUND');
  });
});
