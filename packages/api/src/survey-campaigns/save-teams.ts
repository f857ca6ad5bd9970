import { type Database, newId } from '@bangfu/db';
import { SURVEY_CAPTURE_ROLES, type SurveyTeam } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { subtreePattern } from '../common/scope';
import { surveyFieldErrors } from './survey-errors';

/** The leader is always a member; members are listed once. */
export const teamMemberIds = (t: SurveyTeam): string[] => [...new Set([t.leaderId, ...t.memberIds])];

/**
 * Checks that every member is active staff who may capture responses, within the campaign's union
 * subtree, and that every region is an org unit of that subtree. All problems come back at once.
 */
async function checkTeams(trx: Transaction<Database>, campaignPath: string, teams: readonly SurveyTeam[]) {
  const userIds = [...new Set(teams.flatMap(teamMemberIds))];
  const orgIds = [...new Set(teams.flatMap((t) => t.regions.map((r) => r.orgId)))];
  const pattern = subtreePattern(campaignPath);
  const users = await trx
    .selectFrom('staff_user as s')
    .innerJoin('org_unit as o', 'o.id', 's.org_id')
    .select(['s.id', 's.roles'])
    .where('s.id', 'in', userIds)
    .where('s.active', '=', true)
    .where('o.path', 'like', pattern)
    .execute();
  const okUsers = new Set(
    users.filter((u) => u.roles.some((r) => SURVEY_CAPTURE_ROLES.includes(r as never))).map((u) => u.id),
  );
  const orgs = await trx
    .selectFrom('org_unit')
    .select(['id', 'path'])
    .where('id', 'in', orgIds)
    .where('path', 'like', pattern)
    .execute();
  const orgPaths = new Map(orgs.map((o) => [o.id, o.path]));
  const errors: Record<string, string[]> = {};
  teams.forEach((t, i) => {
    if (!okUsers.has(t.leaderId)) {
      errors[`teams.${i}.leaderId`] = [
        '组长须为本活动所属工会范围内的帮扶或审核人员 / the leader must be caseworker or reviewer staff of this union',
      ];
    }
    if (t.memberIds.some((id) => !okUsers.has(id))) {
      errors[`teams.${i}.memberIds`] = [
        '成员须为本活动所属工会范围内的帮扶或审核人员 / members must be caseworker or reviewer staff of this union',
      ];
    }
    if (t.regions.some((r) => !orgPaths.has(r.orgId))) {
      errors[`teams.${i}.regions`] = [
        '调研地区须在本活动所属工会范围内 / regions must lie inside the campaign union',
      ];
    }
  });
  if (Object.keys(errors).length > 0) {
    throw surveyFieldErrors({ zh: '调研组设置有误', en: 'Invalid survey teams' }, errors);
  }
  return orgPaths;
}

/** Writes the campaign's teams afresh (only while DRAFT: no response points at them yet). */
export async function replaceTeams(
  trx: Transaction<Database>,
  campaign: { id: string; orgPath: string },
  teams: readonly SurveyTeam[],
): Promise<void> {
  const orgPaths = await checkTeams(trx, campaign.orgPath, teams);
  await trx.deleteFrom('survey_team').where('campaign_id', '=', campaign.id).execute();
  for (const [position, t] of teams.entries()) {
    const id = newId();
    await trx
      .insertInto('survey_team')
      .values({ id, campaign_id: campaign.id, position, name: t.name, leader_id: t.leaderId })
      .execute();
    await trx
      .insertInto('survey_team_member')
      .values(teamMemberIds(t).map((user_id) => ({ team_id: id, user_id })))
      .execute();
    await trx
      .insertInto('survey_team_region')
      .values(
        t.regions.map((r) => ({
          team_id: id,
          org_id: r.orgId,
          org_path: orgPaths.get(r.orgId) ?? '',
          target: r.target,
        })),
      )
      .execute();
  }
}
