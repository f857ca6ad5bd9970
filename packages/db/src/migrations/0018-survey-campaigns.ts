import type { Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
const audit = `created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     created_by uuid references staff_user(id),
     version integer not null default 1`;

const up_statements: string[] = [
  // 调研活动 (issue 7; the 2016 model: 9 province teams, field visits + questionnaires). The
  // questionnaire is data (jsonb), editable while DRAFT and frozen once the campaign opens.
  `create table survey_campaign (
     id uuid primary key,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     title text not null,
     year integer not null,
     period_start date not null,
     period_end date not null,
     status text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
     questions jsonb not null,
     opened_at timestamptz,
     closed_at timestamptz,
     ${audit},
     check (period_end >= period_start)
   )`,
  `create index survey_campaign_org_path_idx on survey_campaign(org_path text_pattern_ops, year desc)`,
  `create table survey_team (
     id uuid primary key,
     campaign_id uuid not null references survey_campaign(id) on delete cascade,
     position integer not null,
     name text not null,
     leader_id uuid not null references staff_user(id),
     unique (campaign_id, position)
   )`,
  `create table survey_team_member (
     team_id uuid not null references survey_team(id) on delete cascade,
     user_id uuid not null references staff_user(id),
     primary key (team_id, user_id)
   )`,
  `create index survey_team_member_user_idx on survey_team_member(user_id)`,
  // The regions a team covers, each with an optional target (户数) for progress.
  `create table survey_team_region (
     team_id uuid not null references survey_team(id) on delete cascade,
     org_id uuid not null references org_unit(id),
     org_path text not null,
     target integer check (target >= 0),
     primary key (team_id, org_id)
   )`,
  // One response per household per campaign; an unfiled household keeps only a masked name.
  `create table survey_response (
     id uuid primary key,
     campaign_id uuid not null references survey_campaign(id),
     team_id uuid not null references survey_team(id),
     org_id uuid not null references org_unit(id),
     org_path text not null,
     division_code text not null,
     household_id uuid references household(id),
     respondent_masked text,
     answers jsonb not null,
     ${audit},
     unique (campaign_id, household_id),
     check ((household_id is null) <> (respondent_masked is null))
   )`,
  `create index survey_response_campaign_idx on survey_response(campaign_id, org_path text_pattern_ops)`,
  `create index survey_response_team_idx on survey_response(team_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const { sql } = await import('kysely');
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const { sql } = await import('kysely');
  for (const table of [
    'survey_response',
    'survey_team_region',
    'survey_team_member',
    'survey_team',
    'survey_campaign',
  ]) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
