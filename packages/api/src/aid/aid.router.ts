import type { TRPCRouterRecord } from '@trpc/server';
import { ledgerRouter } from './ledger.router';
import { paymentsRouter } from './payments.router';
import { planRouter } from './plan.router';
import { recoveriesRouter } from './recoveries.router';

/** 一户一计划 and the 帮扶台账 (brief §4.4, §6): plans, payments, recoveries, the ledger. */
export const aidRouter = {
  plan: planRouter,
  payments: paymentsRouter,
  recoveries: recoveriesRouter,
  ledger: ledgerRouter,
} satisfies TRPCRouterRecord;
