import {
  MA_MANAGE_ROLES,
  MA_READ_ROLES,
  MA_SEED_ROLES,
  SchemeIdSchema,
  SchemeListSchema,
  SchemePublishSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { listSchemes } from './list-schemes';
import { publishScheme } from './publish-scheme';
import { getVisibleScheme, toSchemeDto } from './scheme-rows';
import { seedDemoSchemes } from './seed-demo-schemes';

export const schemesRouter = {
  list: staffProcedure(MA_READ_ROLES)
    .input(SchemeListSchema)
    .query(({ ctx, input }) => listSchemes({ ctx, input })),
  get: staffProcedure(MA_READ_ROLES)
    .input(SchemeIdSchema)
    .query(async ({ ctx, input }) =>
      toSchemeDto(await getVisibleScheme(ctx.db, { id: input.schemeId, orgPath: ctx.actor.orgPath })),
    ),
  publish: staffProcedure(MA_MANAGE_ROLES)
    .input(SchemePublishSchema)
    .mutation(({ ctx, input }) => publishScheme({ ctx, input })),
  seedDemo: staffProcedure(MA_SEED_ROLES).mutation(({ ctx }) => seedDemoSchemes({ ctx })),
} satisfies TRPCRouterRecord;
