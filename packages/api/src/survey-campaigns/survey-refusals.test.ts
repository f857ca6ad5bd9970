import { driverTestTargets } from '@bangfu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../testing/errors';
import { createFixture, type Fixture } from '../testing/fixture';
import {
  campaignInput,
  fileSurveyHousehold,
  GOOD_ANSWERS,
  openCampaign,
  surveyState,
} from '../testing/survey-fixture';

describe.each(driverTestTargets())('survey refusals on $name', (target) => {
  let f: Fixture;
  let campaignId: string;
  let household: string;
  beforeAll(async () => {
    f = await createFixture(target);
    campaignId = (await openCampaign(f)).id;
    household = await fileSurveyHousehold(f, '520302');
  });
  afterAll(() => f?.close());

  /** Runs a call that must fail and checks that it changed nothing. */
  async function refused(call: () => Promise<unknown>) {
    const before = await surveyState(f);
    const err = await failure(call());
    expect(await surveyState(f)).toEqual(before);
    return err;
  }

  it('refuses bad answers with a Chinese message per question code', async () => {
    const err = await refused(() =>
      f.as('zunyiCw').surveyCampaigns.capture({
        campaignId,
        householdId: household,
        answers: { housing: 'CASTLE', income: 10.5, causes: ['LUCK'], pets: 1, note: '字'.repeat(21) },
      }),
    );
    expect(err.domainCode).toBe('VALIDATION');
    expect(err.messages.zh).toContain('答卷有5处错误');
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual([
      'answers.causes',
      'answers.housing',
      'answers.income',
      'answers.note',
      'answers.pets',
    ]);
    expect(err.fieldErrors?.['answers.pets']?.[0]).toContain('问卷中没有此问题');
    const missing = await refused(() =>
      f
        .as('zunyiCw')
        .surveyCampaigns.capture({ campaignId, householdId: household, answers: { causes: [] } }),
    );
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(['answers.housing', 'answers.income']);
  });

  it('refuses staff outside the teams, outside the scope, or without the role', async () => {
    const capture = { campaignId, householdId: household, answers: GOOD_ANSWERS };
    // Same county, but on no team.
    expect((await refused(() => f.as('zunyiCw2').surveyCampaigns.capture(capture))).domainCode).toBe(
      'FORBIDDEN',
    );
    // Another prefecture's caseworker: the household reads as not found.
    expect((await refused(() => f.as('bijieCw').surveyCampaigns.capture(capture))).domainCode).toBe(
      'NOT_FOUND',
    );
    // A team member for 毕节 only cannot file an unfiled household in 遵义 either.
    const unfiled = { respondentName: '李四', orgId: f.orgId('520302'), divisionCode: '520302' };
    expect(
      (
        await refused(() =>
          f.as('bijieCw').surveyCampaigns.capture({ campaignId, unfiled, answers: GOOD_ANSWERS }),
        )
      ).domainCode,
    ).toBe('NOT_FOUND');
    expect((await refused(() => f.as('volunteer').surveyCampaigns.capture(capture))).domainCode).toBe(
      'FORBIDDEN',
    );
    expect((await refused(() => f.as('auditor').surveyCampaigns.create(campaignInput(f)))).domainCode).toBe(
      'FORBIDDEN',
    );
    // A county caseworker sees the province campaign but may not open or close it.
    expect(
      (await refused(() => f.as('zunyiCw').surveyCampaigns.close({ id: campaignId, version: 2 }))).domainCode,
    ).toBe('FORBIDDEN');
    // A county campaign is invisible to another prefecture.
    const countyInput = campaignInput(f, {
      teams: [
        {
          name: '红花岗组',
          leaderId: f.actor('zunyiCw').userId,
          regions: [{ orgId: f.orgId('520302-G01') }],
        },
      ],
    });
    const { id: countyCampaign } = await f.as('zunyiCw').surveyCampaigns.create(countyInput);
    expect(
      (await refused(() => f.as('bijieCw').surveyCampaigns.get({ id: countyCampaign }))).domainCode,
    ).toBe('NOT_FOUND');
    expect((await f.as('bijieCw').surveyCampaigns.list({})).map((c) => c.id)).not.toContain(countyCampaign);
    expect(
      (
        await refused(() =>
          f.as('bijieCw').surveyCampaigns.summary({ campaignId, regionOrgId: f.orgId('520302') }),
        )
      ).domainCode,
    ).toBe('NOT_FOUND');
  });

  it('refuses teams with members or regions outside the campaign union', async () => {
    const err = await refused(() =>
      f.as('zunyiCw').surveyCampaigns.create(
        campaignInput(f, {
          teams: [
            {
              name: '越界组',
              leaderId: f.actor('zunyiCw').userId,
              memberIds: [f.actor('bijieCw').userId, f.actor('volunteer').userId],
              regions: [{ orgId: f.orgId('520502') }],
            },
          ],
        }),
      ),
    );
    expect(err.domainCode).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['teams.0.memberIds', 'teams.0.regions']);
  });

  it('refuses stale versions, edits after opening, and duplicate household responses', async () => {
    const admin = f.as('admin').surveyCampaigns;
    const { id } = await admin.create(campaignInput(f));
    await admin.update({ ...campaignInput(f), id, version: 1, title: '改名' });
    const stale = await refused(() => admin.update({ ...campaignInput(f), id, version: 1, title: '再改' }));
    expect([stale.domainCode, stale.messages.zh]).toEqual([
      'VERSION_CONFLICT',
      '该调研活动已被他人修改,请刷新后重试',
    ]);
    expect((await refused(() => admin.open({ id, version: 1 }))).domainCode).toBe('VERSION_CONFLICT');
    await admin.open({ id, version: 2 });
    const frozen = await refused(() => admin.update({ ...campaignInput(f), id, version: 3 }));
    expect([frozen.domainCode, frozen.messages.zh]).toEqual([
      'RULE_VIOLATION',
      '调研活动已开始,问卷和调研组不能再修改',
    ]);

    const first = await f
      .as('zunyiCw')
      .surveyCampaigns.capture({ campaignId: id, householdId: household, answers: GOOD_ANSWERS });
    const dup = await refused(() =>
      f
        .as('grassrootsCw')
        .surveyCampaigns.capture({ campaignId: id, householdId: household, answers: GOOD_ANSWERS }),
    );
    // grassrootsCw's scope is below the household's union: not found. The county colleague hits the duplicate.
    expect(dup.domainCode).toBe('NOT_FOUND');
    const dup2 = await refused(() =>
      f
        .as('hhgReviewer')
        .surveyCampaigns.capture({ campaignId: id, householdId: household, answers: GOOD_ANSWERS }),
    );
    expect([dup2.domainCode, dup2.details?.responseId]).toEqual(['CONFLICT', first.id]);

    await f.as('zunyiCw').surveyCampaigns.correct({ id: first.id, version: 1, answers: GOOD_ANSWERS });
    const staleFix = await refused(() =>
      f.as('zunyiCw').surveyCampaigns.correct({ id: first.id, version: 1, answers: GOOD_ANSWERS }),
    );
    expect(staleFix.domainCode).toBe('VERSION_CONFLICT');
    const notAuthor = await refused(() =>
      f.as('hhgReviewer').surveyCampaigns.correct({ id: first.id, version: 2, answers: GOOD_ANSWERS }),
    );
    expect(notAuthor.domainCode).toBe('FORBIDDEN');
  });

  it('lets one of two surveyors capturing the same household at once win; the other gets CONFLICT', async () => {
    const { id } = await openCampaign(f);
    const other = await fileSurveyHousehold(f);
    const capture = (user: 'zunyiCw' | 'hhgReviewer') =>
      f.as(user).surveyCampaigns.capture({ campaignId: id, householdId: other, answers: GOOD_ANSWERS });
    const results = await Promise.allSettled([capture('zunyiCw'), capture('hhgReviewer')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'CONFLICT' });
    const rows = await f.handle.db
      .selectFrom('survey_response')
      .select('id')
      .where('campaign_id', '=', id)
      .where('household_id', '=', other)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses responses while DRAFT and once CLOSED', async () => {
    const admin = f.as('admin').surveyCampaigns;
    const { id } = await admin.create(campaignInput(f));
    const other = await fileSurveyHousehold(f, '520302');
    const draft = await refused(() =>
      f.as('zunyiCw').surveyCampaigns.capture({ campaignId: id, householdId: other, answers: GOOD_ANSWERS }),
    );
    expect([draft.domainCode, draft.messages.zh]).toEqual([
      'RULE_VIOLATION',
      '调研活动尚未开始,不能录入答卷',
    ]);
    await admin.open({ id, version: 1 });
    const saved = await f
      .as('zunyiCw')
      .surveyCampaigns.capture({ campaignId: id, householdId: other, answers: GOOD_ANSWERS });
    await admin.close({ id, version: 2 });
    expect((await refused(() => admin.close({ id, version: 3 }))).domainCode).toBe('RULE_VIOLATION');
    const closed = await refused(() =>
      f.as('zunyiCw').surveyCampaigns.capture({
        campaignId: id,
        unfiled: { respondentName: '赵六', orgId: f.orgId('520302'), divisionCode: '520302' },
        answers: GOOD_ANSWERS,
      }),
    );
    expect([closed.domainCode, closed.messages.zh]).toEqual([
      'RULE_VIOLATION',
      '调研活动已结束,不能再录入或更正答卷',
    ]);
    expect(
      (
        await refused(() =>
          f.as('zunyiCw').surveyCampaigns.correct({ id: saved.id, version: 1, answers: GOOD_ANSWERS }),
        )
      ).domainCode,
    ).toBe('RULE_VIOLATION');
  });
});
