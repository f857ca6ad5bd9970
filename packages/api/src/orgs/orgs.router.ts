import { ALL_ROLES } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { listScope } from './list-scope';
import { ListStaffSchema, listStaff } from './list-staff';

export const orgsRouter = {
  listScope: staffProcedure(ALL_ROLES).query(({ ctx }) => listScope({ ctx })),
  staff: staffProcedure(['admin', 'caseworker', 'reviewer', 'auditor', 'fund_officer'])
    .input(ListStaffSchema)
    .query(({ ctx, input }) => listStaff({ ctx, input })),
} satisfies TRPCRouterRecord;
