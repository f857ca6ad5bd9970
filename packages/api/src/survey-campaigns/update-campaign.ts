import { withTransaction } from '@bangfu/db';
import type { SurveyCampaignUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { campaignSnapshot, toCampaignDto } from './campaign-dto';
import { campaignStatus, getVisibleCampaign, lockManagedCampaign } from './campaign-rows';
import { replaceTeams } from './save-teams';
import {
  campaignVersionConflict,
  type SavedRecord,
  type StaffContext,
  surveyRuleViolation,
} from './survey-errors';

/**
 * Edits a DRAFT campaign: title, period, teams and questionnaire. Once open the questionnaire is
 * frozen, so answers already given keep meaning what they meant.
 */
export async function updateCampaign({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyCampaignUpdate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const row = await lockManagedCampaign(trx, ctx.actor, input.id);
    if (row.version !== input.version) throw campaignVersionConflict();
    if (campaignStatus(row) !== 'DRAFT') {
      throw surveyRuleViolation({
        zh: '调研活动已开始,问卷和调研组不能再修改',
        en: 'The campaign is open: its questionnaire and teams are frozen',
      });
    }
    const before = campaignSnapshot(await toCampaignDto(trx, ctx.actor, row));
    const changed = await trx
      .updateTable('survey_campaign')
      .set({
        title: input.title,
        year: input.year,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        questions: JSON.stringify(input.questions),
        updated_at: now,
        version: input.version + 1,
      })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw campaignVersionConflict();
    await replaceTeams(trx, { id: row.id, orgPath: row.org_path }, input.teams);
    const after = await toCampaignDto(trx, ctx.actor, await getVisibleCampaign(trx, ctx.actor, input.id));
    await appendAudit(trx, ctx, {
      action: 'survey.campaign.update',
      entityType: 'survey_campaign',
      entityId: input.id,
      before,
      after: campaignSnapshot(after),
    });
    return { id: input.id, version: after.version };
  });
}
