import type { FestivalCampaignListQuery } from '@bangfu/domain';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { subtreePattern } from '../common/scope';
import { type CampaignDto, toCampaignDto } from './campaign-dto';
import { getCampaignInScope } from './campaign-rows';
import type { StaffContext } from './festival-errors';

/** Campaigns of the actor's subtree, newest first (ids are UUIDv7, so id order is creation order). */
export async function listCampaigns({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FestivalCampaignListQuery;
}): Promise<Page<CampaignDto>> {
  let q = ctx.db
    .selectFrom('festival_campaign')
    .selectAll()
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('id', 'desc')
    .limit(input.limit + 1);
  if (input.year !== undefined) q = q.where('year', '=', input.year);
  const after = decodeCursor(input.cursor);
  if (after) q = q.where('id', '<', after.id);
  return toPage(await q.execute(), input.limit, toCampaignDto, () => null);
}

export async function loadCampaign({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { campaignId: string };
}): Promise<CampaignDto> {
  return toCampaignDto(
    await getCampaignInScope(ctx.db, { id: input.campaignId, scopePath: ctx.actor.orgPath }),
  );
}

export interface CampaignProgress {
  status: CampaignDto['status'];
  total: number;
  totalFen: number;
  paid: number;
  paidFen: number;
  lastError: string | null;
}

/** What the pay screen polls while a batch runs. */
export async function campaignProgress(args: {
  ctx: StaffContext;
  input: { campaignId: string };
}): Promise<CampaignProgress> {
  const c = await loadCampaign(args);
  return {
    status: c.status,
    total: c.totalCount,
    totalFen: c.totalFen,
    paid: c.paidCount,
    paidFen: c.paidFen,
    lastError: c.lastError,
  };
}
