import { MATCHING_ROLES, MatchForHouseholdSchema, MatchForPositionSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { matchesForHousehold } from './matches-for-household';
import { matchesForPosition } from './matches-for-position';

/** 送岗到户: positions ranked for a household, and households ranked for a position. */
export const matchingRouter = {
  forHousehold: staffProcedure(MATCHING_ROLES)
    .input(MatchForHouseholdSchema)
    .query(({ ctx, input }) => matchesForHousehold({ ctx, input })),
  forPosition: staffProcedure(MATCHING_ROLES)
    .input(MatchForPositionSchema)
    .query(({ ctx, input }) => matchesForPosition({ ctx, input })),
} satisfies TRPCRouterRecord;
