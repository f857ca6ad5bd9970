import {
  APPROVE_AID_ROLES,
  PAY_AID_ROLES,
  PaymentApproveSchema,
  PaymentListSchema,
  PaymentPaySchema,
  PaymentRequestSchema,
  READ_AID_ROLES,
  REQUEST_AID_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { approvePayment } from './approve-payment';
import { listPayments } from './list-payments';
import { payRequest } from './pay-request';
import { requestPayment } from './request-payment';

/** Aid payments: request (rules checked), approve at the level required, pay into the ledger. */
export const paymentsRouter = {
  list: staffProcedure(READ_AID_ROLES)
    .input(PaymentListSchema)
    .query(({ ctx, input }) => listPayments({ ctx, input })),
  request: staffProcedure(REQUEST_AID_ROLES)
    .input(PaymentRequestSchema)
    .mutation(({ ctx, input }) => requestPayment({ ctx, input })),
  approve: staffProcedure(APPROVE_AID_ROLES)
    .input(PaymentApproveSchema)
    .mutation(({ ctx, input }) => approvePayment({ ctx, input })),
  pay: staffProcedure(PAY_AID_ROLES)
    .input(PaymentPaySchema)
    .mutation(({ ctx, input }) => payRequest({ ctx, input })),
} satisfies TRPCRouterRecord;
