import { withTransaction } from '@bangfu/db';
import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  deepHardshipFigures,
  draftHousehold,
  fourLooksChecklist,
  submitInput,
} from '../testing/identification-fixture';
import { transitionHousehold } from './transition';

// The review area sends a file back to SURVEYING; here that step is taken directly.
describe.each(driverTestTargets())('re-survey on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());
  const cw = () => f.as('zunyiCw').identification;
  const ids = (...users: ('zunyiCw' | 'zunyiCw2' | 'grassrootsCw')[]) => users.map((u) => f.actor(u).userId);

  async function surveyAndSign(surveyId: string, signers: ('zunyiCw' | 'zunyiCw2' | 'grassrootsCw')[]) {
    await f.as(signers[0]!).identification.recordChecklist({ surveyId, checklist: fourLooksChecklist() });
    for (const u of signers) await f.as(u).identification.signSurvey({ surveyId });
  }

  it('assigns new surveyors after an income-check mismatch and supersedes the old survey', async () => {
    const h = await draftHousehold(f);
    const s = await cw().submit(submitInput(h.id, h.version));
    const p = await cw().preliminaryReview({
      householdId: h.id,
      expectedVersion: s.version,
      decision: 'PASS',
      surveyorIds: ids('zunyiCw', 'zunyiCw2'),
    });
    await surveyAndSign(p.surveyId!, ['zunyiCw', 'zunyiCw2']);
    const figures = deepHardshipFigures();
    const a = await cw().completeSurvey({
      householdId: h.id,
      expectedVersion: p.version,
      classificationInput: figures,
    });
    const d = await cw().decideAssessment({
      householdId: h.id,
      expectedVersion: a.version,
      decision: 'PROCEED',
      reason: '属实',
    });
    const early = cw().assignResurvey({
      householdId: h.id,
      expectedVersion: d.version,
      surveyorIds: ids('grassrootsCw', 'zunyiCw2'),
    });
    expect((await failure(early)).domainCode).toBe('STEP_OUT_OF_ORDER');
    let version = d.version;
    await withTransaction(f.handle.db, async (trx) => {
      const ctx = f.context('hhgReviewer');
      await transitionHousehold(trx, ctx, { householdId: h.id, event: 'REQUEST_INCOME_CHECK' });
      version = (await transitionHousehold(trx, ctx, { householdId: h.id, event: 'INCOME_MISMATCH' }))
        .version;
    });
    const stale = cw().assignResurvey({
      householdId: h.id,
      expectedVersion: d.version,
      surveyorIds: ids('grassrootsCw', 'zunyiCw2'),
    });
    expect((await failure(stale)).domainCode).toBe('VERSION_CONFLICT');
    const r = await cw().assignResurvey({
      householdId: h.id,
      expectedVersion: version,
      surveyorIds: ids('grassrootsCw', 'zunyiCw2'),
    });
    const again = cw().assignResurvey({
      householdId: h.id,
      expectedVersion: version,
      surveyorIds: ids('grassrootsCw', 'zunyiCw2'),
    });
    expect((await failure(again)).domainCode).toBe('CONFLICT');
    const statuses = await f.handle.db
      .selectFrom('ident_survey')
      .select('status')
      .where('household_id', '=', h.id)
      .orderBy('assigned_at')
      .execute();
    expect(statuses.map((x) => x.status)).toEqual(['SUPERSEDED', 'OPEN']);
    await surveyAndSign(r.surveyId, ['grassrootsCw', 'zunyiCw2']);
    const again2 = await cw().completeSurvey({
      householdId: h.id,
      expectedVersion: version,
      classificationInput: figures,
    });
    expect(again2.status).toBe('ASSESSED');
    const tl = await f.as('auditor').identification.timeline({ householdId: h.id });
    expect(tl.responsibility.surveyors.map((x) => x.name)).toEqual([
      '测试zunyiCw',
      '测试zunyiCw2',
      '测试grassrootsCw',
    ]);
  });
});
