import { driverTestTargets } from '@bangfu/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../testing/fixture';
import { campaignInput, fileSurveyHousehold, GOOD_ANSWERS, openCampaign } from '../testing/survey-fixture';

describe.each(driverTestTargets())('survey campaigns on $name', (target) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(target);
  });
  afterAll(() => f?.close());

  it('creates a DRAFT campaign with its teams, edits it, then opens it', async () => {
    const admin = f.as('admin').surveyCampaigns;
    const { id, version } = await admin.create(campaignInput(f));
    expect(version).toBe(1);
    const c = await admin.get({ id });
    expect(c).toMatchObject({
      status: 'DRAFT',
      year: 2026,
      canManage: true,
      responseCount: 0,
      orgName: '贵州省总工会',
    });
    expect(c.teams.map((t) => [t.name, t.leaderName, t.members.length, t.regions[0]?.target])).toEqual([
      ['第一调研组(遵义)', '测试zunyiCw', 3, 4],
      ['第二调研组(毕节)', '测试bijieCw', 1, 2],
    ]);
    const edited = await admin.update({ ...campaignInput(f), id, version: 1, title: '2026年精准调研' });
    expect(edited.version).toBe(2);
    expect(await admin.open({ id, version: 2 })).toEqual({ id, version: 3 });
    const opened = await admin.get({ id });
    expect([opened.title, opened.status, opened.openedAt !== null]).toEqual(['2026年精准调研', 'OPEN', true]);
    // A team member below the province sees the campaign, cannot manage it, and knows their team.
    const seen = await f.as('grassrootsCw').surveyCampaigns.get({ id });
    expect([seen.canManage, seen.myTeamIds]).toEqual([false, [opened.teams[0]?.id]]);
    const listed = await f.as('auditor').surveyCampaigns.list({ status: 'OPEN' });
    expect(listed.map((l) => l.id)).toContain(id);
  });

  it('captures linked and unfiled responses, then reports progress, the summary and the export', async () => {
    const { id } = await openCampaign(f);
    const zunyiHousehold = await fileSurveyHousehold(f, '520302');
    const bijieHousehold = await fileSurveyHousehold(f, '520502');
    await f
      .as('zunyiCw')
      .surveyCampaigns.capture({ campaignId: id, householdId: zunyiHousehold, answers: GOOD_ANSWERS });
    await f.as('grassrootsCw').surveyCampaigns.capture({
      campaignId: id,
      unfiled: { respondentName: '王小明', orgId: f.orgId('520302-G01'), divisionCode: '520302' },
      answers: { housing: 'OWN', income: 99_999, causes: ['ILLNESS', 'SCHOOL'], note: '' },
    });
    await f.as('bijieCw').surveyCampaigns.capture({
      campaignId: id,
      householdId: bijieHousehold,
      answers: { housing: 'NONE', income: 1 },
    });

    const progress = await f.as('admin').surveyCampaigns.progress({ id });
    expect(progress.total).toEqual({ responses: 3, linked: 2, unfiled: 1, target: 6, sharePercent: 50 });
    expect(
      progress.teams.map((t) => [t.name, t.responses, t.linked, t.unfiled, t.target, t.sharePercent]),
    ).toEqual([
      ['第一调研组(遵义)', 2, 1, 1, 4, 50],
      ['第二调研组(毕节)', 1, 1, 0, 2, 50],
    ]);
    expect(progress.regions.map((r) => [r.orgName, r.responses])).toEqual([
      ['红花岗区总工会', 2],
      ['七星关区总工会', 1],
    ]);
    // The county sees its own region only.
    const county = await f.as('zunyiCw').surveyCampaigns.progress({ id });
    expect(county.total.responses).toBe(2);
    expect(county.teams.map((t) => t.name)).toEqual(['第一调研组(遵义)']);

    const all = await f.as('auditor').surveyCampaigns.summary({ campaignId: id });
    expect(all.summary.responses).toBe(3);
    const [housing, causes, income, workers, note] = all.summary.questions;
    expect(housing).toMatchObject({
      answered: 3,
      counts: [
        { option: 'OWN', count: 1 },
        { option: 'RENTED', count: 1 },
        { option: 'NONE', count: 1 },
      ],
    });
    expect(causes).toMatchObject({ answered: 2, counts: [{ count: 2 }, { count: 1 }, { count: 0 }] });
    expect(income).toMatchObject({
      sum: 280_050,
      min: 1,
      max: 180_050,
      average: { numerator: 93_350, denominator: 1 },
    });
    expect(workers).toMatchObject({ answered: 1, sum: 1 });
    expect(note).toEqual({ code: 'note', kind: 'TEXT', answered: 0 });
    const bijie = await f
      .as('admin')
      .surveyCampaigns.summary({ campaignId: id, regionOrgId: f.orgId('520502') });
    expect(bijie.summary.responses).toBe(1);
    expect((await f.as('zunyiCw').surveyCampaigns.summary({ campaignId: id })).summary.responses).toBe(2);

    const page = await f.as('zunyiCw').surveyCampaigns.responses({ campaignId: id });
    expect(page.items.map((r) => r.respondent).sort()).toEqual(['张*国', '王*明']);

    const audits = async () =>
      (
        await f.handle.db
          .selectFrom('audit_event')
          .select('id')
          .where('action', '=', 'survey.export')
          .execute()
      ).length;
    const before = await audits();
    const file = await f.as('admin').surveyCampaigns.export({ campaignId: id });
    expect(file.rows).toBe(3);
    expect(await audits()).toBe(before + 1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    const sheet = book.getWorksheet('答卷');
    const text = JSON.stringify(sheet?.getSheetValues());
    expect(text).toContain('王*明');
    expect(text).toContain('1,800.50');
    expect(text).toContain('因病、因学');
    expect(text).not.toContain('张建国');
    expect(text).not.toMatch(/52030219\d{7}/);
  });

  it('lets the author correct a response with the version they read', async () => {
    const { id } = await openCampaign(f);
    const household = await fileSurveyHousehold(f, '520302');
    const saved = await f
      .as('zunyiCw')
      .surveyCampaigns.capture({ campaignId: id, householdId: household, answers: GOOD_ANSWERS });
    const fixed = await f
      .as('zunyiCw')
      .surveyCampaigns.correct({ id: saved.id, version: 1, answers: { ...GOOD_ANSWERS, income: 5 } });
    expect(fixed.version).toBe(2);
    const r = await f.as('auditor').surveyCampaigns.response({ id: saved.id });
    expect([r.answers.income, r.version, r.mine]).toEqual([5, 2, false]);
  });
});
