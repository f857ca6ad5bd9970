import { sql } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import { loadTeams } from './campaign-dto';
import { getVisibleCampaign } from './campaign-rows';
import type { StaffContext } from './survey-errors';

export interface SurveyProgressCounts {
  responses: number;
  linked: number;
  unfiled: number;
  /** Sum of the targets set; null when none is. */
  target: number | null;
  /** responses / target in percent, floored to two decimals; null without a target. */
  sharePercent: number | null;
}
export interface SurveyRegionProgress extends SurveyProgressCounts {
  orgId: string;
  orgName: string;
}
export interface SurveyTeamProgress extends SurveyProgressCounts {
  teamId: string;
  name: string;
  regions: SurveyRegionProgress[];
}
export interface SurveyCampaignProgress {
  campaignId: string;
  total: SurveyProgressCounts;
  teams: SurveyTeamProgress[];
  /** Per region, all teams together. */
  regions: SurveyRegionProgress[];
}

type Count = Pick<SurveyProgressCounts, 'responses' | 'linked' | 'target'>;

function withShare(c: Count): SurveyProgressCounts {
  const sharePercent = c.target ? Math.floor((c.responses * 10_000) / c.target) / 100 : null;
  return {
    responses: c.responses,
    linked: c.linked,
    unfiled: c.responses - c.linked,
    target: c.target,
    sharePercent,
  };
}

function add(a: Count, b: Count): Count {
  const target = a.target === null && b.target === null ? null : (a.target ?? 0) + (b.target ?? 0);
  return { responses: a.responses + b.responses, linked: a.linked + b.linked, target };
}

const overlaps = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/**
 * 调研进度 per team and region, counting only responses inside the viewer's scope; a viewer below
 * the campaign's union sees the regions that touch their own.
 */
export async function campaignProgress({
  ctx,
  id,
}: {
  ctx: StaffContext;
  id: string;
}): Promise<SurveyCampaignProgress> {
  const campaign = await getVisibleCampaign(ctx.db, ctx.actor, id);
  const teams = await loadTeams(ctx.db, campaign.id);
  const rows = await ctx.db
    .selectFrom('survey_response as r')
    .innerJoin('survey_team_region as tr', (j) =>
      j.onRef('tr.team_id', '=', 'r.team_id').on(sql<boolean>`starts_with(r.org_path, tr.org_path)`),
    )
    .select((eb) => [
      'tr.team_id',
      'tr.org_id',
      eb.fn.countAll<string>().as('responses'),
      eb.fn.count<string>('r.household_id').as('linked'),
    ])
    .where('r.campaign_id', '=', campaign.id)
    .where('r.org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .groupBy(['tr.team_id', 'tr.org_id'])
    .execute();
  const counted = new Map(
    rows.map((r) => [
      `${r.team_id}:${r.org_id}`,
      { responses: Number(r.responses), linked: Number(r.linked) },
    ]),
  );
  return summarize(ctx.actor, campaign.id, teams, counted);
}

function summarize(
  actor: StaffActor,
  campaignId: string,
  teams: Awaited<ReturnType<typeof loadTeams>>,
  counted: Map<string, { responses: number; linked: number }>,
): SurveyCampaignProgress {
  const byRegion = new Map<string, { orgName: string; count: Count }>();
  let total: Count = { responses: 0, linked: 0, target: null };
  const teamRows: SurveyTeamProgress[] = [];
  for (const t of teams) {
    const regions = t.regions
      .filter((r) => overlaps(r.path, actor.orgPath))
      .map((r) => {
        const c = counted.get(`${t.id}:${r.orgId}`) ?? { responses: 0, linked: 0 };
        const count: Count = { ...c, target: r.target };
        const seen = byRegion.get(r.orgId);
        byRegion.set(r.orgId, { orgName: r.orgName, count: seen ? add(seen.count, count) : count });
        return { count, row: { orgId: r.orgId, orgName: r.orgName, ...withShare(count) } };
      });
    if (regions.length === 0) continue;
    const teamCount = regions.reduce<Count>((s, r) => add(s, r.count), {
      responses: 0,
      linked: 0,
      target: null,
    });
    total = add(total, teamCount);
    teamRows.push({
      teamId: t.id,
      name: t.name,
      ...withShare(teamCount),
      regions: regions.map((r) => r.row),
    });
  }
  return {
    campaignId,
    total: withShare(total),
    teams: teamRows,
    regions: [...byRegion].map(([orgId, r]) => ({ orgId, orgName: r.orgName, ...withShare(r.count) })),
  };
}
