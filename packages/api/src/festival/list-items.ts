import type { Database } from '@bangfu/db';
import {
  type FestivalItemStatus,
  type FestivalItemsQuery,
  type HardshipCategory,
  maskNameForNotice,
} from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getCampaignInScope } from './campaign-rows';
import type { StaffContext } from './festival-errors';

/** One household on the list; the name is masked (the list is shown and exported in bulk). */
export interface FestivalItemDto {
  id: string;
  householdId: string;
  maskedName: string;
  category: HardshipCategory;
  amountFen: number;
  status: FestivalItemStatus;
  excludedReason: string | null;
  paidAt: string | null;
  version: number;
}

/** Items of a campaign in id order, optionally filtered; `limit` null reads them all (export). */
export async function selectItems(
  db: Kysely<Database>,
  input: { campaignId: string; filter: FestivalItemsQuery['filter']; afterId?: string; limit: number | null },
) {
  let q = db
    .selectFrom('festival_item as i')
    .innerJoin('household as h', 'h.id', 'i.household_id')
    .select([
      'i.id',
      'i.household_id',
      'h.head_name',
      'i.category',
      'i.amount_fen',
      'i.status',
      'i.excluded_reason',
      'i.paid_at',
      'i.version',
    ])
    .where('i.campaign_id', '=', input.campaignId)
    .orderBy('i.id');
  if (input.filter.status) q = q.where('i.status', '=', input.filter.status);
  if (input.filter.category) q = q.where('i.category', '=', input.filter.category);
  if (input.afterId) q = q.where('i.id', '>', input.afterId);
  if (input.limit !== null) q = q.limit(input.limit + 1);
  return q.execute();
}

type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

export function toItemDto(r: ItemRow): FestivalItemDto {
  return {
    id: r.id,
    householdId: r.household_id,
    maskedName: maskNameForNotice(r.head_name),
    category: r.category as HardshipCategory,
    amountFen: Number(r.amount_fen),
    status: r.status as FestivalItemStatus,
    excludedReason: r.excluded_reason,
    paidAt: r.paid_at,
    version: r.version,
  };
}

/** 审核名单: the review list of a campaign in the actor's scope, a page at a time. */
export async function listItems({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FestivalItemsQuery;
}): Promise<Page<FestivalItemDto>> {
  const c = await getCampaignInScope(ctx.db, { id: input.campaignId, scopePath: ctx.actor.orgPath });
  const rows = await selectItems(ctx.db, {
    campaignId: c.id,
    filter: input.filter,
    afterId: decodeCursor(input.cursor)?.id,
    limit: input.limit,
  });
  return toPage(rows, input.limit, toItemDto, () => null);
}
