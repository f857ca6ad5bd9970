import { RetentionRunInputSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { runRetention } from './run-retention';

/**
 * Retention of closed files (PIPL): `preview` counts what is due, `run` anonymises it now
 * (the server also does it daily). Admins act within their own org subtree.
 */
export const retentionRouter = {
  preview: staffProcedure(['admin', 'auditor']).query(({ ctx }) =>
    runRetention(ctx.db, ctx, { actor: ctx.actor, ip: ctx.ip, dryRun: true }),
  ),
  run: staffProcedure(['admin'])
    .input(RetentionRunInputSchema)
    .mutation(({ ctx, input }) =>
      runRetention(ctx.db, ctx, { actor: ctx.actor, ip: ctx.ip, dryRun: input.dryRun }),
    ),
} satisfies TRPCRouterRecord;
