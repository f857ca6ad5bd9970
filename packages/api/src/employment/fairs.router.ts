import {
  EDIT_EMPLOYMENT_ROLES,
  FairBoothInputSchema,
  FairBoothRemoveSchema,
  FairInputSchema,
  FairListSchema,
  READ_EMPLOYMENT_ROLES,
  VersionedIdSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { businessDate } from '../common/business-date';
import { staffProcedure } from '../trpc';
import { addBooth } from './add-booth';
import { cancelFair } from './cancel-fair';
import { createFair } from './create-fair';
import { listFairs } from './list-fairs';
import { loadFair } from './load-fair';
import { publishFair } from './publish-fair';
import { removeBooth } from './remove-booth';

export const fairsRouter = {
  list: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(FairListSchema)
    .query(({ ctx, input }) => listFairs({ ctx, input })),
  get: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => loadFair(ctx.db, { id: input.id, asOf: businessDate(ctx.now()) })),
  create: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(FairInputSchema)
    .mutation(({ ctx, input }) => createFair({ ctx, input })),
  addBooth: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(FairBoothInputSchema)
    .mutation(({ ctx, input }) => addBooth({ ctx, input })),
  removeBooth: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(FairBoothRemoveSchema)
    .mutation(({ ctx, input }) => removeBooth({ ctx, input })),
  publish: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(VersionedIdSchema)
    .mutation(({ ctx, input }) => publishFair({ ctx, input })),
  cancel: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(VersionedIdSchema)
    .mutation(({ ctx, input }) => cancelFair({ ctx, input })),
} satisfies TRPCRouterRecord;
