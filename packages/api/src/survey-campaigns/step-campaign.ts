import { withTransaction } from '@bangfu/db';
import type { SurveyCampaignStatus, SurveyCampaignStep } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { campaignStatus, lockManagedCampaign } from './campaign-rows';
import {
  campaignVersionConflict,
  type SavedRecord,
  type StaffContext,
  surveyRuleViolation,
} from './survey-errors';

const STEPS = {
  open: { from: 'DRAFT', to: 'OPEN', stamp: 'opened_at', zh: '开始调研', en: 'open' },
  close: { from: 'OPEN', to: 'CLOSED', stamp: 'closed_at', zh: '结束调研', en: 'close' },
} as const satisfies Record<
  string,
  { from: SurveyCampaignStatus; to: SurveyCampaignStatus; stamp: string; zh: string; en: string }
>;

/** 开始 / 结束调研: DRAFT → OPEN (freezes the questionnaire) → CLOSED (no more responses). */
export async function stepCampaign({
  ctx,
  input,
  step,
}: {
  ctx: StaffContext;
  input: SurveyCampaignStep;
  step: keyof typeof STEPS;
}): Promise<SavedRecord> {
  const s = STEPS[step];
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const row = await lockManagedCampaign(trx, ctx.actor, input.id);
    if (row.version !== input.version) throw campaignVersionConflict();
    if (campaignStatus(row) !== s.from) {
      throw surveyRuleViolation({
        zh: `调研活动当前状态不能${s.zh}`,
        en: `The campaign cannot ${s.en} from its current status`,
      });
    }
    await trx
      .updateTable('survey_campaign')
      .set({ status: s.to, [s.stamp]: now, updated_at: now, version: input.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, ctx, {
      action: `survey.campaign.${step}`,
      entityType: 'survey_campaign',
      entityId: input.id,
      before: { status: row.status },
      after: { status: s.to },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
