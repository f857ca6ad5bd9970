import { FundAccountsSchema, MA_FUND_READ_ROLES, MA_MANAGE_ROLES, PayerPaymentSchema } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { fundAccounts } from './fund-accounts';
import { recordPayerPayment } from './record-payer-payment';

export const fundRouter = {
  accounts: staffProcedure(MA_FUND_READ_ROLES)
    .input(FundAccountsSchema)
    .query(({ ctx, input }) => fundAccounts({ ctx, input })),
  recordPayerPayment: staffProcedure(MA_MANAGE_ROLES)
    .input(PayerPaymentSchema)
    .mutation(({ ctx, input }) => recordPayerPayment({ ctx, input })),
} satisfies TRPCRouterRecord;
