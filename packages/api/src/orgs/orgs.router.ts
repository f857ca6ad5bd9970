import { ALL_ROLES } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { listScope } from './list-scope';

export const orgsRouter = {
  listScope: staffProcedure(ALL_ROLES).query(({ ctx }) => listScope({ ctx })),
} satisfies TRPCRouterRecord;
