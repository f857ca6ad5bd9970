import {
  OPEN_RECOVERY_ROLES,
  PAY_AID_ROLES,
  READ_AID_ROLES,
  RecoveryListSchema,
  RecoveryOpenSchema,
  RecoverySettleSchema,
  RecoveryWaiveSchema,
  WAIVE_RECOVERY_ROLES,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { listRecoveries } from './list-recoveries';
import { openCorrection } from './open-correction';
import { settleRecovery } from './settle-recovery';
import { waiveRecovery } from './waive-recovery';

/** 追回: aid found not due is recovered by a reversing ledger entry, or written off by an admin. */
export const recoveriesRouter = {
  list: staffProcedure(READ_AID_ROLES)
    .input(RecoveryListSchema)
    .query(({ ctx, input }) => listRecoveries({ ctx, input })),
  open: staffProcedure(OPEN_RECOVERY_ROLES)
    .input(RecoveryOpenSchema)
    .mutation(({ ctx, input }) => openCorrection({ ctx, input })),
  settle: staffProcedure(PAY_AID_ROLES)
    .input(RecoverySettleSchema)
    .mutation(({ ctx, input }) => settleRecovery({ ctx, input })),
  waive: staffProcedure(WAIVE_RECOVERY_ROLES)
    .input(RecoveryWaiveSchema)
    .mutation(({ ctx, input }) => waiveRecovery({ ctx, input })),
} satisfies TRPCRouterRecord;
