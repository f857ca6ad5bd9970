import { EXPORT_LEDGER_ROLES, LedgerListSchema, LedgerYearSchema, READ_AID_ROLES } from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { exportLedgerXlsx } from './export-ledger-xlsx';
import { ledgerBalances } from './ledger-balances';
import { listLedger } from './list-ledger';

/** 帮扶台账: read, reconcile, export (the export is logged, so it is a mutation). */
export const ledgerRouter = {
  list: staffProcedure(READ_AID_ROLES)
    .input(LedgerListSchema)
    .query(({ ctx, input }) => listLedger({ ctx, input })),
  balances: staffProcedure(READ_AID_ROLES)
    .input(LedgerYearSchema)
    .query(({ ctx, input }) => ledgerBalances({ ctx, input })),
  exportXlsx: staffProcedure(EXPORT_LEDGER_ROLES)
    .input(LedgerYearSchema)
    .mutation(({ ctx, input }) => exportLedgerXlsx({ ctx, input })),
} satisfies TRPCRouterRecord;
