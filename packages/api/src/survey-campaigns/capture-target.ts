import { type Database, getHousehold } from '@bangfu/db';
import { maskNameForNotice, type SurveyResponseCapture } from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { getOrgInScope, notFound } from '../common/scope';
import type { StaffActor } from '../context';
import { surveyForbidden } from './survey-errors';

/** Where a response is filed: the household's union, or the union named for an unfiled household. */
export interface CaptureTarget {
  orgId: string;
  orgPath: string;
  divisionCode: string;
  householdId: string | null;
  respondentMasked: string | null;
}

/** Resolves the respondent inside the author's scope; anything outside reads as "not found". */
export async function captureTarget(
  trx: Transaction<Database>,
  actor: StaffActor,
  input: Pick<SurveyResponseCapture, 'householdId' | 'unfiled'>,
): Promise<CaptureTarget> {
  if (input.householdId) {
    const h = await getHousehold(trx, { id: input.householdId, scopePath: actor.orgPath });
    if (!h) throw notFound({ zh: '困难职工档案不存在', en: 'Household not found' });
    return {
      orgId: h.org_id,
      orgPath: h.org_path,
      divisionCode: h.division_code,
      householdId: h.id,
      respondentMasked: null,
    };
  }
  const unfiled = input.unfiled;
  if (!unfiled) throw notFound({ zh: '受访家庭不存在', en: 'Respondent not found' });
  const org = await getOrgInScope(trx, actor, unfiled.orgId);
  return {
    orgId: org.id,
    orgPath: org.path,
    divisionCode: unfiled.divisionCode,
    householdId: null,
    // Only the masked name is kept: an unfiled household has given no consent to a file.
    respondentMasked: maskNameForNotice(unfiled.respondentName),
  };
}

/**
 * The author's team for a response at `orgPath`: a team of the campaign the author belongs to whose
 * regions cover the union. `teamId` picks one when the author is in several.
 */
export async function authorTeam(
  trx: Transaction<Database>,
  input: { campaignId: string; userId: string; orgPath: string; teamId?: string },
): Promise<string> {
  let q = trx
    .selectFrom('survey_team as t')
    .innerJoin('survey_team_member as m', 'm.team_id', 't.id')
    .innerJoin('survey_team_region as r', 'r.team_id', 't.id')
    .select('t.id')
    .where('t.campaign_id', '=', input.campaignId)
    .where('m.user_id', '=', input.userId)
    .where(sql<boolean>`starts_with(${input.orgPath}, r.org_path)`, '=', true)
    .orderBy('t.position')
    .limit(1);
  if (input.teamId) q = q.where('t.id', '=', input.teamId);
  const team = await q.executeTakeFirst();
  if (!team) {
    throw surveyForbidden({
      zh: '您不是负责该地区的调研组成员,不能录入答卷',
      en: 'You are not on a team covering this region',
    });
  }
  return team.id;
}
