import type { ColumnType, Generated } from 'kysely';

/** Row types of migration 0018-survey-campaigns (调研活动, issue 7). */
type Instant = ColumnType<string, string | Date | undefined, string | Date>;
type InstantOrNull = ColumnType<string | null, string | Date | null | undefined, string | Date | null>;

interface Audited {
  created_at: Instant;
  updated_at: Instant;
  created_by: string | null;
  version: Generated<number>;
}

export interface SurveyCampaignTable extends Audited {
  id: string;
  org_id: string;
  org_path: string;
  title: string;
  year: number;
  period_start: string;
  period_end: string;
  status: Generated<string>;
  /** The questionnaire (SurveyQuestionnaire), written as JSON.stringify. */
  questions: unknown;
  opened_at: InstantOrNull;
  closed_at: InstantOrNull;
}

export interface SurveyTeamTable {
  id: string;
  campaign_id: string;
  position: number;
  name: string;
  leader_id: string;
}

export interface SurveyTeamMemberTable {
  team_id: string;
  user_id: string;
}

export interface SurveyTeamRegionTable {
  team_id: string;
  org_id: string;
  org_path: string;
  target: number | null;
}

export interface SurveyResponseTable extends Audited {
  id: string;
  campaign_id: string;
  team_id: string;
  org_id: string;
  org_path: string;
  division_code: string;
  household_id: string | null;
  respondent_masked: string | null;
  /** SurveyAnswers, written as JSON.stringify. */
  answers: unknown;
}

export interface SurveyCampaignTables {
  survey_campaign: SurveyCampaignTable;
  survey_team: SurveyTeamTable;
  survey_team_member: SurveyTeamMemberTable;
  survey_team_region: SurveyTeamRegionTable;
  survey_response: SurveyResponseTable;
}
