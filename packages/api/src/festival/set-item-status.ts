import { type Database, withTransaction } from '@bangfu/db';
import { DomainError } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import type { SavedCampaign } from './campaign-dto';
import { getCampaignInScope, updateCampaign } from './campaign-rows';
import {
  campaignVersionConflict,
  itemNotFound,
  requireCampaignStatus,
  type StaffContext,
} from './festival-errors';
import { countListed } from './list-counts';

export interface ItemChange {
  itemId: string;
  expectedVersion?: number | undefined;
  to: 'LISTED' | 'EXCLUDED';
  reason: string | null;
}

/**
 * 剔除 / 恢复: moves one household off or back onto a list that is not yet approved. The campaign's
 * counts and version move with it, so an approval made on an older reading is refused.
 */
export async function setItemStatus(ctx: StaffContext, change: ItemChange): Promise<SavedCampaign> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await findItemInScope(trx, change.itemId, ctx.actor.orgPath);
    // Campaign first, then item: the same lock order as building and paying.
    const c = await getCampaignInScope(trx, {
      id: found.campaign_id,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    requireCampaignStatus(c.status, ['LISTED']);
    const item = await trx
      .selectFrom('festival_item')
      .select(['id', 'status', 'version', 'household_id', 'excluded_reason'])
      .where('id', '=', found.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (change.expectedVersion !== undefined && item.version !== change.expectedVersion) {
      throw new DomainError('VERSION_CONFLICT', {
        zh: '名单已被他人修改,请刷新后重试',
        en: 'Someone else changed this list entry; reload and try again',
      });
    }
    const from = change.to === 'EXCLUDED' ? 'LISTED' : 'EXCLUDED';
    if (item.status !== from) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `该户当前不是"${from === 'LISTED' ? '待发放' : '已剔除'}"状态`,
          en: `The entry is not ${from}`,
        },
        { status: item.status },
      );
    }
    await trx
      .updateTable('festival_item')
      .set((eb) => ({ status: change.to, excluded_reason: change.reason, version: eb('version', '+', 1) }))
      .where('id', '=', item.id)
      .execute();
    const { count, fen } = await countListed(trx, c.id);
    const set = { total_count: count, total_fen: fen, updated_at: now };
    if (!(await updateCampaign(trx, { id: c.id, version: c.version, set }))) throw campaignVersionConflict();
    await appendAudit(trx, ctx, {
      action: change.to === 'EXCLUDED' ? 'festival.exclude' : 'festival.include',
      entityType: 'festival_item',
      entityId: item.id,
      before: { status: item.status, excludedReason: item.excluded_reason },
      after: {
        status: change.to,
        excludedReason: change.reason,
        campaignId: c.id,
        householdId: item.household_id,
      },
    });
    return { id: c.id, version: c.version + 1 };
  });
}

async function findItemInScope(trx: Transaction<Database>, itemId: string, scopePath: string) {
  const row = await trx
    .selectFrom('festival_item as i')
    .innerJoin('festival_campaign as c', 'c.id', 'i.campaign_id')
    .select(['i.id', 'i.campaign_id'])
    .where('i.id', '=', itemId)
    .where('c.org_path', 'like', subtreePattern(scopePath))
    .executeTakeFirst();
  if (!row) throw itemNotFound();
  return row;
}
