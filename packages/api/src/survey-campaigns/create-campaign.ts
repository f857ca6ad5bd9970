import { newId, withTransaction } from '@bangfu/db';
import type { SurveyCampaignCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { campaignSnapshot, toCampaignDto } from './campaign-dto';
import { getVisibleCampaign } from './campaign-rows';
import { replaceTeams } from './save-teams';
import type { SavedRecord, StaffContext } from './survey-errors';

/** 发起调研活动: a DRAFT campaign of the creator's union, with its teams and questionnaire. */
export async function createCampaign({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SurveyCampaignCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const id = newId(now.getTime());
    await trx
      .insertInto('survey_campaign')
      .values({
        id,
        org_id: ctx.actor.orgId,
        org_path: ctx.actor.orgPath,
        title: input.title,
        year: input.year,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        status: 'DRAFT',
        questions: JSON.stringify(input.questions),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await replaceTeams(trx, { id, orgPath: ctx.actor.orgPath }, input.teams);
    const after = await toCampaignDto(trx, ctx.actor, await getVisibleCampaign(trx, ctx.actor, id));
    await appendAudit(trx, ctx, {
      action: 'survey.campaign.create',
      entityType: 'survey_campaign',
      entityId: id,
      after: campaignSnapshot(after),
    });
    return { id, version: 1 };
  });
}
