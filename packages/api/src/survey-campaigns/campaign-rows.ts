import type { Database } from '@bangfu/db';
import { type SurveyCampaignStatus, type SurveyQuestion, SurveyQuestionnaireSchema } from '@bangfu/domain';
import { type ExpressionBuilder, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffActor } from '../context';
import { campaignNotFound, surveyForbidden } from './survey-errors';

export type Executor = Kysely<Database> | Transaction<Database>;
export type CampaignRow = Selectable<Database['survey_campaign']>;

/**
 * A campaign is visible to staff of its union's subtree and to staff above it: a county caseworker
 * on a province team sees the province's campaign; another county's campaign stays hidden.
 */
export function campaignVisibleTo(orgPath: string) {
  return (eb: ExpressionBuilder<Database, 'survey_campaign'>) =>
    eb.or([
      eb('survey_campaign.org_path', 'like', subtreePattern(orgPath)),
      eb(sql<boolean>`starts_with(${orgPath}, survey_campaign.org_path)`, '=', true),
    ]);
}

/** Staff manage campaigns of their own union and below only. */
export const canManageCampaign = (actor: StaffActor, row: Pick<CampaignRow, 'org_path'>): boolean =>
  row.org_path.startsWith(actor.orgPath);

export async function getVisibleCampaign(
  db: Executor,
  actor: StaffActor,
  id: string,
  lock?: 'update' | 'share',
): Promise<CampaignRow> {
  let q = db
    .selectFrom('survey_campaign')
    .selectAll()
    .where('id', '=', id)
    .where(campaignVisibleTo(actor.orgPath));
  if (lock === 'update') q = q.forUpdate();
  if (lock === 'share') q = q.forShare();
  const row = await q.executeTakeFirst();
  if (!row) throw campaignNotFound();
  return row;
}

/** Locks a campaign the actor manages; one they only see is refused, one they cannot see is "not found". */
export async function lockManagedCampaign(
  trx: Transaction<Database>,
  actor: StaffActor,
  id: string,
): Promise<CampaignRow> {
  const row = await getVisibleCampaign(trx, actor, id, 'update');
  if (!canManageCampaign(actor, row)) {
    throw surveyForbidden({
      zh: '只有发起单位及其上级可以管理该调研活动',
      en: "Only the campaign's union and those above it may manage it",
    });
  }
  return row;
}

export function campaignQuestions(row: Pick<CampaignRow, 'questions'>): SurveyQuestion[] {
  return SurveyQuestionnaireSchema.parse(row.questions);
}

export const campaignStatus = (row: Pick<CampaignRow, 'status'>): SurveyCampaignStatus =>
  row.status as SurveyCampaignStatus;
