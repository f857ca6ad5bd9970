import { MA_ENROL_ROLES, MA_READ_ROLES, UnitIdSchema, UnitInputSchema, UnitListSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { createUnit, getUnit, listUnits } from './units';

export const unitsRouter = {
  create: staffProcedure(MA_ENROL_ROLES)
    .input(UnitInputSchema)
    .mutation(({ ctx, input }) => createUnit({ ctx, input })),
  list: staffProcedure(MA_READ_ROLES)
    .input(UnitListSchema)
    .query(({ ctx, input }) => listUnits({ ctx, input })),
  get: staffProcedure(MA_READ_ROLES)
    .input(UnitIdSchema)
    .query(({ ctx, input }) => getUnit({ ctx, input })),
} satisfies TRPCRouterRecord;
