import { type Database, withTransaction } from '@bangfu/db';
import type { FestivalCampaignStep } from '@bangfu/domain';
import { sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import type { SavedCampaign } from './campaign-dto';
import { type CampaignRow, getCampaignInScope, updateCampaign } from './campaign-rows';
import { campaignVersionConflict, requireCampaignStatus, type StaffContext } from './festival-errors';
import { countListed } from './list-counts';

export interface BuiltList extends SavedCampaign {
  totalCount: number;
  totalFen: number;
}

/**
 * 生成名单: puts every eligible household of the campaign's subtree on its list (the rule of
 * `festivalEligible`, set-based so a province of ~170k files is one statement). Rebuilding replaces
 * the LISTED rows and keeps households a caseworker excluded, excluded.
 */
export async function buildList({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FestivalCampaignStep;
}): Promise<BuiltList> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getCampaignInScope(trx, {
      id: input.campaignId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (c.version !== input.expectedVersion) throw campaignVersionConflict();
    requireCampaignStatus(c.status, ['DRAFT', 'LISTED']);
    await trx
      .deleteFrom('festival_item')
      .where('campaign_id', '=', c.id)
      .where('status', '=', 'LISTED')
      .execute();
    await insertEligible(trx, c);
    const { count, fen } = await countListed(trx, c.id);
    const set = { status: 'LISTED', listed_at: now, total_count: count, total_fen: fen, updated_at: now };
    if (!(await updateCampaign(trx, { id: c.id, version: c.version, set }))) throw campaignVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'festival.buildList',
      entityType: 'festival_campaign',
      entityId: c.id,
      before: { status: c.status, totalCount: c.total_count, totalFen: Number(c.total_fen) },
      after: { status: 'LISTED', totalCount: count, totalFen: fen },
    });
    return { id: c.id, version: c.version + 1, totalCount: count, totalFen: fen };
  });
}

/**
 * One INSERT … SELECT. A household already on another live campaign of the same festival and
 * year (e.g. the prefecture's and the county's 春节 lists) is left off, so nobody is paid twice.
 */
async function insertEligible(trx: Transaction<Database>, c: CampaignRow): Promise<void> {
  await sql`
    insert into festival_item (campaign_id, household_id, category, amount_fen)
    select c.id, h.id, h.category, (c.amounts ->> h.category)::bigint
    from festival_campaign c
    join household h
      on h.org_path like ${subtreePattern(c.org_path)}
     and h.status = any(c.eligible_statuses)
     and h.category = any(c.eligible_categories)
    where c.id = ${c.id}
      and (c.festival = 'OTHER' or not exists (
        select 1 from festival_item i
        join festival_campaign o on o.id = i.campaign_id
        where i.household_id = h.id and o.id <> c.id
          and o.festival = c.festival and o.year = c.year
          and o.status <> 'CANCELLED' and i.status <> 'EXCLUDED'))
    on conflict (campaign_id, household_id) do nothing
  `.execute(trx);
}
