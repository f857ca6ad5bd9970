import { withTransaction } from '@bangfu/db';
import { DomainError, type FestivalCampaignStep } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedCampaign } from './campaign-dto';
import { getCampaignInScope, updateCampaign } from './campaign-rows';
import { campaignVersionConflict, requireCampaignStatus, type StaffContext } from './festival-errors';

/**
 * 审批名单: a reviewer who did not create the campaign approves the list as they read it
 * (expectedVersion); after this the list is frozen and only payment remains.
 */
export async function approveCampaign({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FestivalCampaignStep;
}): Promise<SavedCampaign> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getCampaignInScope(trx, {
      id: input.campaignId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (c.version !== input.expectedVersion) throw campaignVersionConflict();
    requireCampaignStatus(c.status, ['LISTED']);
    if (c.created_by === ctx.actor.userId) {
      throw new DomainError('RECUSAL_REQUIRED', {
        zh: '活动创建人不能审批本活动名单',
        en: 'The creator of a campaign cannot approve it',
      });
    }
    if (c.total_count === 0) {
      throw new DomainError('RULE_VIOLATION', { zh: '名单为空,不能审批', en: 'The list is empty' });
    }
    const set = { status: 'APPROVED', approved_by: ctx.actor.userId, approved_at: now, updated_at: now };
    if (!(await updateCampaign(trx, { id: c.id, version: c.version, set }))) throw campaignVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'festival.approve',
      entityType: 'festival_campaign',
      entityId: c.id,
      before: { status: c.status },
      after: { status: 'APPROVED', totalCount: c.total_count, totalFen: Number(c.total_fen) },
    });
    return { id: c.id, version: c.version + 1 };
  });
}
