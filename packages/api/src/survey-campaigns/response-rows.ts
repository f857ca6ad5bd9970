import { maskNameForNotice, type SurveyAnswers, type SurveyResponseListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import type { Executor } from './campaign-rows';
import { getVisibleCampaign } from './campaign-rows';
import { responseNotFound, type StaffContext } from './survey-errors';

export interface SurveyResponseDto {
  id: string;
  campaignId: string;
  teamId: string;
  teamName: string;
  orgId: string;
  orgName: string;
  divisionCode: string;
  householdId: string | null;
  fileNo: string | null;
  /** Masked (张*三), for filed and unfiled households alike. */
  respondent: string;
  answers: SurveyAnswers;
  authorId: string | null;
  authorName: string | null;
  /** The viewer wrote it, so may correct it. */
  mine: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The path responses are counted under: a region of the viewer's scope, or the whole scope. */
export async function regionPath(db: Executor, actor: StaffActor, regionOrgId?: string): Promise<string> {
  if (!regionOrgId) return actor.orgPath;
  return (await getOrgInScope(db, actor, regionOrgId)).path;
}

/** Responses of a campaign under a path, with what a list, a summary or an export shows. */
export function responseQuery(db: Executor, campaignId: string, path: string) {
  return db
    .selectFrom('survey_response as r')
    .innerJoin('survey_team as t', 't.id', 'r.team_id')
    .innerJoin('org_unit as o', 'o.id', 'r.org_id')
    .leftJoin('household as h', 'h.id', 'r.household_id')
    .leftJoin('staff_user as s', 's.id', 'r.created_by')
    .select([
      'r.id',
      'r.campaign_id',
      'r.team_id',
      't.name as team_name',
      'r.org_id',
      'o.name as org_name',
      'r.division_code',
      'r.household_id',
      'h.file_no',
      'h.head_name',
      'r.respondent_masked',
      'r.answers',
      'r.created_by',
      's.display_name as author_name',
      'r.created_at',
      'r.updated_at',
      'r.version',
    ])
    .where('r.campaign_id', '=', campaignId)
    .where('r.org_path', 'like', subtreePattern(path));
}
type ResponseRow = Awaited<ReturnType<ReturnType<typeof responseQuery>['executeTakeFirstOrThrow']>>;

export function toResponseDto(r: ResponseRow, actor: StaffActor): SurveyResponseDto {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    teamId: r.team_id,
    teamName: r.team_name,
    orgId: r.org_id,
    orgName: r.org_name,
    divisionCode: r.division_code,
    householdId: r.household_id,
    fileNo: r.file_no,
    respondent: r.head_name ? maskNameForNotice(r.head_name) : (r.respondent_masked ?? ''),
    answers: r.answers as SurveyAnswers,
    authorId: r.created_by,
    authorName: r.author_name,
    mine: r.created_by === actor.userId,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** A campaign's responses in the viewer's scope (or a region of it), newest first. */
export async function listResponses({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyResponseListQuery;
}): Promise<Page<SurveyResponseDto>> {
  const campaign = await getVisibleCampaign(ctx.db, ctx.actor, input.campaignId);
  const path = await regionPath(ctx.db, ctx.actor, input.regionOrgId);
  const after = decodeCursor(input.cursor);
  let q = responseQuery(ctx.db, campaign.id, path)
    .orderBy('r.id', 'desc')
    .limit(input.limit + 1);
  if (after) q = q.where('r.id', '<', after.id);
  const rows = await q.execute();
  return toPage(
    rows,
    input.limit,
    (r) => toResponseDto(r, ctx.actor),
    () => null,
  );
}

export async function getResponse({
  ctx,
  id,
}: {
  ctx: StaffContext;
  id: string;
}): Promise<SurveyResponseDto> {
  const row = await ctx.db
    .selectFrom('survey_response')
    .select('campaign_id')
    .where('id', '=', id)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .executeTakeFirst();
  if (!row) throw responseNotFound();
  const r = await responseQuery(ctx.db, row.campaign_id, ctx.actor.orgPath)
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw responseNotFound();
  return toResponseDto(r, ctx.actor);
}
