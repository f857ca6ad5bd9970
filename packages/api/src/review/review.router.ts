import type { TRPCRouterRecord } from '@trpc/server';

/** Procedures of this area; filled in by the work that owns it. */
export const reviewRouter = {} satisfies TRPCRouterRecord;
