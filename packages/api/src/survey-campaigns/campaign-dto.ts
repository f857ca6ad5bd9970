import type { SurveyCampaignStatus, SurveyQuestion } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import {
  type CampaignRow,
  campaignQuestions,
  campaignStatus,
  canManageCampaign,
  type Executor,
} from './campaign-rows';

export interface SurveyTeamDto {
  id: string;
  name: string;
  leaderId: string;
  leaderName: string;
  members: { id: string; displayName: string; orgName: string }[];
  regions: { orgId: string; orgName: string; path: string; target: number | null }[];
}

export interface SurveyCampaignDto {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  status: SurveyCampaignStatus;
  questions: SurveyQuestion[];
  teams: SurveyTeamDto[];
  /** Responses inside the viewer's scope. */
  responseCount: number;
  /** The viewer may edit, open and close it. */
  canManage: boolean;
  /** The viewer's teams: they capture responses in these teams' regions. */
  myTeamIds: string[];
  openedAt: string | null;
  closedAt: string | null;
  version: number;
  updatedAt: string;
}

export async function loadTeams(db: Executor, campaignId: string): Promise<SurveyTeamDto[]> {
  const teams = await db
    .selectFrom('survey_team as t')
    .innerJoin('staff_user as l', 'l.id', 't.leader_id')
    .select(['t.id', 't.name', 't.leader_id', 'l.display_name as leader_name'])
    .where('t.campaign_id', '=', campaignId)
    .orderBy('t.position')
    .execute();
  const ids = teams.map((t) => t.id);
  if (ids.length === 0) return [];
  const members = await db
    .selectFrom('survey_team_member as m')
    .innerJoin('staff_user as s', 's.id', 'm.user_id')
    .innerJoin('org_unit as o', 'o.id', 's.org_id')
    .select(['m.team_id', 's.id', 's.display_name', 'o.name as org_name'])
    .where('m.team_id', 'in', ids)
    .orderBy('s.display_name')
    .execute();
  const regions = await db
    .selectFrom('survey_team_region as r')
    .innerJoin('org_unit as o', 'o.id', 'r.org_id')
    .select(['r.team_id', 'r.org_id', 'o.name', 'r.org_path', 'r.target'])
    .where('r.team_id', 'in', ids)
    .orderBy('r.org_path')
    .execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    leaderId: t.leader_id,
    leaderName: t.leader_name,
    members: members
      .filter((m) => m.team_id === t.id)
      .map((m) => ({ id: m.id, displayName: m.display_name, orgName: m.org_name })),
    regions: regions
      .filter((r) => r.team_id === t.id)
      .map((r) => ({ orgId: r.org_id, orgName: r.name, path: r.org_path, target: r.target })),
  }));
}

/** Responses of a campaign inside a path's subtree. */
export async function countResponses(db: Executor, campaignId: string, scopePath: string): Promise<number> {
  const row = await db
    .selectFrom('survey_response')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('org_path', 'like', subtreePattern(scopePath))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function toCampaignDto(
  db: Executor,
  actor: StaffActor,
  row: CampaignRow,
): Promise<SurveyCampaignDto> {
  const org = await db
    .selectFrom('org_unit')
    .select('name')
    .where('id', '=', row.org_id)
    .executeTakeFirstOrThrow();
  const teams = await loadTeams(db, row.id);
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: org.name,
    title: row.title,
    year: row.year,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: campaignStatus(row),
    questions: campaignQuestions(row),
    teams,
    responseCount: await countResponses(db, row.id, actor.orgPath),
    canManage: canManageCampaign(actor, row),
    myTeamIds: teams.filter((t) => t.members.some((m) => m.id === actor.userId)).map((t) => t.id),
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** What the audit log keeps of a campaign. */
export function campaignSnapshot(dto: SurveyCampaignDto) {
  return {
    title: dto.title,
    year: dto.year,
    periodStart: dto.periodStart,
    periodEnd: dto.periodEnd,
    status: dto.status,
    questions: dto.questions,
    teams: dto.teams.map((t) => ({
      name: t.name,
      leaderId: t.leaderId,
      memberIds: t.members.map((m) => m.id),
      regions: t.regions.map((r) => ({ orgId: r.orgId, target: r.target })),
    })),
  };
}
