import {
  MA_ENROL_ROLES,
  MA_MANAGE_ROLES,
  MA_READ_ROLES,
  PharmacyAccountsSchema,
  PharmacyPurchaseSchema,
  PharmacyTopUpSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { pharmacyAccounts } from './pharmacy-accounts';
import { purchaseAtPharmacy } from './pharmacy-purchase';
import { pharmacyTopUp } from './pharmacy-top-up';

export const pharmacyRouter = {
  topUp: staffProcedure(MA_MANAGE_ROLES)
    .input(PharmacyTopUpSchema)
    .mutation(({ ctx, input }) => pharmacyTopUp({ ctx, input })),
  purchase: staffProcedure(MA_ENROL_ROLES)
    .input(PharmacyPurchaseSchema)
    .mutation(({ ctx, input }) => purchaseAtPharmacy({ ctx, input })),
  accounts: staffProcedure(MA_READ_ROLES)
    .input(PharmacyAccountsSchema)
    .query(({ ctx, input }) => pharmacyAccounts({ ctx, input })),
} satisfies TRPCRouterRecord;
