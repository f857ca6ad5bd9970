import { SURVEY_DEMO_QUESTIONS, type SurveyCampaignInput } from '@bangfu/domain';
import { sql } from 'kysely';
import { type Fixture, householdInput, makeIdNumber, type TestUser } from './fixture';

/**
 * A province campaign (as admin): team 遵义 (leader zunyiCw, with grassrootsCw and hhgReviewer)
 * covers 红花岗区 with a target of 4; team 毕节 (bijieCw) covers 七星关区 with a target of 2.
 */
export function campaignInput(f: Fixture, overrides: Partial<SurveyCampaignInput> = {}): SurveyCampaignInput {
  return {
    title: '2026年城镇困难职工生产生活状况调研',
    year: 2026,
    periodStart: '2026-11-01',
    periodEnd: '2026-12-31',
    teams: [
      {
        name: '第一调研组(遵义)',
        leaderId: f.actor('zunyiCw').userId,
        memberIds: [f.actor('grassrootsCw').userId, f.actor('hhgReviewer').userId],
        regions: [{ orgId: f.orgId('520302'), target: 4 }],
      },
      {
        name: '第二调研组(毕节)',
        leaderId: f.actor('bijieCw').userId,
        regions: [{ orgId: f.orgId('520502'), target: 2 }],
      },
    ],
    questions: SURVEY_DEMO_QUESTIONS,
    ...overrides,
  };
}

/** Creates the campaign as `user` and opens it; returns its id and version. */
export async function openCampaign(
  f: Fixture,
  input: SurveyCampaignInput = campaignInput(f),
  user: TestUser = 'admin',
): Promise<{ id: string; version: number }> {
  const { id } = await f.as(user).surveyCampaigns.create(input);
  return f.as(user).surveyCampaigns.open({ id, version: 1 });
}

/** Files a household in 红花岗区 (as zunyiCw) or 七星关区 (as bijieCw) and returns its id. */
export async function fileSurveyHousehold(
  f: Fixture,
  county: '520302' | '520502' = '520302',
): Promise<string> {
  const user: TestUser = county === '520302' ? 'zunyiCw' : 'bijieCw';
  const base = householdInput(f.orgId(county), { divisionCode: county });
  const members = base.members.map((m, i) => ({
    ...m,
    idNumber: makeIdNumber(county, i === 0 ? '19800101' : '19820315', i === 0 ? 'male' : 'female'),
  }));
  const { id } = await f.as(user).households.create({ ...base, members });
  return id;
}

export const GOOD_ANSWERS = { housing: 'RENTED', causes: ['ILLNESS'], income: 180_050, workers: 1 };

/** Row counts and a fingerprint of the survey tables, to show a refused request changed nothing. */
export async function surveyState(f: Fixture): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  for (const t of [
    'survey_campaign',
    'survey_team',
    'survey_team_member',
    'survey_team_region',
    'survey_response',
    'audit_event',
  ] as const) {
    const row = await f.handle.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  const fp = await sql<{ fp: string | null }>`select
      (select string_agg(id::text || status || version::text || questions::text, ',' order by id) from survey_campaign) ||
      coalesce((select string_agg(id::text || version::text || answers::text, ',' order by id) from survey_response), '') as fp`.execute(
    f.handle.db,
  );
  out.fingerprint = fp.rows[0]?.fp ?? '';
  return out;
}
