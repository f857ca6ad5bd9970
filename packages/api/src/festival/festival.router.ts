import {
  APPROVE_FESTIVAL_ROLES,
  EDIT_FESTIVAL_ROLES,
  FestivalCampaignIdSchema,
  FestivalCampaignInputSchema,
  FestivalCampaignListSchema,
  FestivalCampaignStepSchema,
  FestivalExcludeSchema,
  FestivalIncludeSchema,
  FestivalItemsQuerySchema,
  PAY_FESTIVAL_ROLES,
  READ_FESTIVAL_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { approveCampaign } from './approve-campaign';
import { buildList } from './build-list';
import { createCampaign } from './create-campaign';
import { exportFestivalXlsx } from './export-festival-xlsx';
import { campaignProgress, listCampaigns, loadCampaign } from './list-campaigns';
import { listItems } from './list-items';
import { setItemStatus } from './set-item-status';
import { startFestivalPay } from './start-festival-pay';

/** 送温暖 campaigns: create → build the list → review (exclude/include) → approve → pay. */
export const festivalRouter = {
  create: staffProcedure(EDIT_FESTIVAL_ROLES)
    .input(FestivalCampaignInputSchema)
    .mutation(({ ctx, input }) => createCampaign({ ctx, input })),
  get: staffProcedure(READ_FESTIVAL_ROLES)
    .input(FestivalCampaignIdSchema)
    .query(({ ctx, input }) => loadCampaign({ ctx, input })),
  list: staffProcedure(READ_FESTIVAL_ROLES)
    .input(FestivalCampaignListSchema)
    .query(({ ctx, input }) => listCampaigns({ ctx, input })),
  buildList: staffProcedure(EDIT_FESTIVAL_ROLES)
    .input(FestivalCampaignStepSchema)
    .mutation(({ ctx, input }) => buildList({ ctx, input })),
  items: staffProcedure(READ_FESTIVAL_ROLES)
    .input(FestivalItemsQuerySchema)
    .query(({ ctx, input }) => listItems({ ctx, input })),
  exclude: staffProcedure(EDIT_FESTIVAL_ROLES)
    .input(FestivalExcludeSchema)
    .mutation(({ ctx, input }) => setItemStatus(ctx, { ...input, to: 'EXCLUDED' })),
  include: staffProcedure(EDIT_FESTIVAL_ROLES)
    .input(FestivalIncludeSchema)
    .mutation(({ ctx, input }) => setItemStatus(ctx, { ...input, to: 'LISTED', reason: null })),
  approve: staffProcedure(APPROVE_FESTIVAL_ROLES)
    .input(FestivalCampaignStepSchema)
    .mutation(({ ctx, input }) => approveCampaign({ ctx, input })),
  pay: staffProcedure(PAY_FESTIVAL_ROLES)
    .input(FestivalCampaignIdSchema)
    .mutation(({ ctx, input }) => startFestivalPay(ctx, input.campaignId)),
  progress: staffProcedure(READ_FESTIVAL_ROLES)
    .input(FestivalCampaignIdSchema)
    .query(({ ctx, input }) => campaignProgress({ ctx, input })),
  exportXlsx: staffProcedure(READ_FESTIVAL_ROLES)
    .input(FestivalCampaignIdSchema)
    .mutation(({ ctx, input }) => exportFestivalXlsx({ ctx, input })),
} satisfies TRPCRouterRecord;
