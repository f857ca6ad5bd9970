import {
  EDIT_HOUSEHOLD_ROLES,
  HouseholdCreateSchema,
  HouseholdListSchema,
  HouseholdUpdateSchema,
  READ_HOUSEHOLD_ROLES,
  REVEAL_BANK_ROLES,
  REVEAL_ID_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { staffProcedure } from '../trpc';
import { createHousehold } from './create-household';
import { householdHistory } from './household-history';
import { listHouseholds } from './list-households';
import { loadHousehold } from './load-household';
import { RevealBankAccountSchema, RevealIdNumberSchema, revealBankAccount, revealIdNumber } from './reveal';
import { updateHousehold } from './update-household';

const ById = z.object({ id: z.uuid() });

export const householdsRouter = {
  list: staffProcedure(READ_HOUSEHOLD_ROLES)
    .input(HouseholdListSchema)
    .query(({ ctx, input }) => listHouseholds({ ctx, input })),
  get: staffProcedure(READ_HOUSEHOLD_ROLES)
    .input(ById)
    .query(({ ctx, input }) =>
      loadHousehold(ctx.db, ctx.crypto, { id: input.id, scopePath: ctx.actor.orgPath }),
    ),
  history: staffProcedure(READ_HOUSEHOLD_ROLES)
    .input(ById)
    .query(({ ctx, input }) => householdHistory({ ctx, input })),
  create: staffProcedure(EDIT_HOUSEHOLD_ROLES)
    .input(HouseholdCreateSchema)
    .mutation(({ ctx, input }) => createHousehold({ ctx, input })),
  update: staffProcedure(EDIT_HOUSEHOLD_ROLES)
    .input(HouseholdUpdateSchema)
    .mutation(({ ctx, input }) => updateHousehold({ ctx, input })),
  revealIdNumber: staffProcedure(REVEAL_ID_ROLES)
    .input(RevealIdNumberSchema)
    .mutation(({ ctx, input }) => revealIdNumber({ ctx, input })),
  revealBankAccount: staffProcedure(REVEAL_BANK_ROLES)
    .input(RevealBankAccountSchema)
    .mutation(({ ctx, input }) => revealBankAccount({ ctx, input })),
} satisfies TRPCRouterRecord;
