import {
  DueChecksSchema,
  EDIT_TRAINING_ROLES,
  HouseholdTrainingSchema,
  PlacementInputSchema,
  READ_TRAINING_ROLES,
  RetentionCheckSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { checkRetention } from './check-retention';
import { createPlacement } from './create-placement';
import { dueChecks } from './due-checks';
import { householdPlacements } from './household-placements';

/** 就业安置 and 稳岗回访: workers placed through the union and their six-month retention check. */
export const placementsRouter = {
  create: staffProcedure(EDIT_TRAINING_ROLES)
    .input(PlacementInputSchema)
    .mutation(({ ctx, input }) => createPlacement({ ctx, input })),
  checkRetention: staffProcedure(EDIT_TRAINING_ROLES)
    .input(RetentionCheckSchema)
    .mutation(({ ctx, input }) => checkRetention({ ctx, input })),
  forHousehold: staffProcedure(READ_TRAINING_ROLES)
    .input(HouseholdTrainingSchema)
    .query(({ ctx, input }) => householdPlacements({ ctx, input })),
  dueChecks: staffProcedure(READ_TRAINING_ROLES)
    .input(DueChecksSchema)
    .query(({ ctx, input }) => dueChecks({ ctx, input })),
} satisfies TRPCRouterRecord;
