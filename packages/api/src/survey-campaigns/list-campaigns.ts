import type { SurveyCampaignListQuery, SurveyCampaignStatus } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import { campaignVisibleTo, canManageCampaign } from './campaign-rows';
import type { StaffContext } from './survey-errors';

export interface SurveyCampaignListItem {
  id: string;
  title: string;
  year: number;
  orgName: string;
  status: SurveyCampaignStatus;
  periodStart: string;
  periodEnd: string;
  teamCount: number;
  /** Responses inside the viewer's scope. */
  responseCount: number;
  canManage: boolean;
  version: number;
}

/** The campaigns the viewer can see, newest year first. Campaigns are few: no paging. */
export async function listCampaigns({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyCampaignListQuery;
}): Promise<SurveyCampaignListItem[]> {
  const scope = subtreePattern(ctx.actor.orgPath);
  let q = ctx.db
    .selectFrom('survey_campaign')
    .innerJoin('org_unit as o', 'o.id', 'survey_campaign.org_id')
    .select((eb) => [
      'survey_campaign.id',
      'survey_campaign.title',
      'survey_campaign.year',
      'survey_campaign.org_path',
      'survey_campaign.status',
      'survey_campaign.period_start',
      'survey_campaign.period_end',
      'survey_campaign.version',
      'o.name as org_name',
      eb
        .selectFrom('survey_team as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.campaign_id', '=', 'survey_campaign.id')
        .as('team_count'),
      eb
        .selectFrom('survey_response as r')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('r.campaign_id', '=', 'survey_campaign.id')
        .where('r.org_path', 'like', scope)
        .as('response_count'),
    ])
    .where(campaignVisibleTo(ctx.actor.orgPath))
    .orderBy('survey_campaign.year', 'desc')
    .orderBy('survey_campaign.id', 'desc')
    .limit(200);
  if (input.status) q = q.where('survey_campaign.status', '=', input.status);
  if (input.year) q = q.where('survey_campaign.year', '=', input.year);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    year: r.year,
    orgName: r.org_name,
    status: r.status as SurveyCampaignStatus,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    teamCount: Number(r.team_count ?? 0),
    responseCount: Number(r.response_count ?? 0),
    canManage: canManageCampaign(ctx.actor, r),
    version: r.version,
  }));
}
