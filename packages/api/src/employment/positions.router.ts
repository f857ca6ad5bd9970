import {
  EDIT_EMPLOYMENT_ROLES,
  PositionCloseSchema,
  PositionInputSchema,
  PositionListSchema,
  PositionUpdateSchema,
  READ_EMPLOYMENT_ROLES,
  RecordHiresSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { businessDate } from '../common/business-date';
import { staffProcedure } from '../trpc';
import { closePosition } from './close-position';
import { createPosition } from './create-position';
import { listPositions } from './list-positions';
import { loadPosition } from './load-position';
import { recordHires } from './record-hires';
import { updatePosition } from './update-position';

export const positionsRouter = {
  list: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(PositionListSchema)
    .query(({ ctx, input }) => listPositions({ ctx, input })),
  get: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => loadPosition(ctx.db, { id: input.id, asOf: businessDate(ctx.now()) })),
  create: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(PositionInputSchema)
    .mutation(({ ctx, input }) => createPosition({ ctx, input })),
  update: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(PositionUpdateSchema)
    .mutation(({ ctx, input }) => updatePosition({ ctx, input })),
  close: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(PositionCloseSchema)
    .mutation(({ ctx, input }) => closePosition({ ctx, input })),
  recordHires: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(RecordHiresSchema)
    .mutation(({ ctx, input }) => recordHires({ ctx, input })),
} satisfies TRPCRouterRecord;
