import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { verifyAuditChain } from './verify-audit';

export const auditRouter = {
  verify: staffProcedure(['admin', 'auditor']).query(({ ctx }) => verifyAuditChain(ctx.db)),
} satisfies TRPCRouterRecord;
