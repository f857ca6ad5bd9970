import type { TRPCRouterRecord } from '@trpc/server';
import { employersRouter } from './employers.router';
import { fairsRouter } from './fairs.router';
import { positionsRouter } from './positions.router';

/** 精准对接, first slice: employers, their positions, and the job fairs that show them. */
export const employmentRouter = {
  employers: employersRouter,
  positions: positionsRouter,
  fairs: fairsRouter,
} satisfies TRPCRouterRecord;
