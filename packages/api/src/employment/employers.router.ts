import {
  EDIT_EMPLOYMENT_ROLES,
  EmployerInputSchema,
  EmployerListSchema,
  READ_EMPLOYMENT_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure } from '../trpc';
import { createEmployer } from './create-employer';
import { listEmployers } from './list-employers';
import { loadEmployer } from './load-employer';

export const employersRouter = {
  list: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(EmployerListSchema)
    .query(({ ctx, input }) => listEmployers({ ctx, input })),
  get: staffProcedure(READ_EMPLOYMENT_ROLES)
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => loadEmployer(ctx.db, ctx.crypto, { id: input.id })),
  create: staffProcedure(EDIT_EMPLOYMENT_ROLES)
    .input(EmployerInputSchema)
    .mutation(({ ctx, input }) => createEmployer({ ctx, input })),
} satisfies TRPCRouterRecord;
