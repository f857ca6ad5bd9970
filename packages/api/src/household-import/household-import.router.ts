import {
  HOUSEHOLD_EXPORT_ROLES,
  HOUSEHOLD_IMPORT_ROLES,
  HouseholdImportFileSchema,
  HouseholdImportIdSchema,
  HouseholdRosterExportSchema,
} from '@bangfu/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { staffProcedure } from '../trpc';
import { dryRunHouseholdImport } from './dry-run';
import { exportHouseholdRoster } from './export-roster';
import { householdImportProgress, listHouseholdImports } from './import-progress';
import { startHouseholdImport } from './start-import';
import { householdImportTemplate } from './template-xlsx';

/** Excel import and export of household files (issue 7). */
export const householdImportRouter = {
  template: staffProcedure(HOUSEHOLD_IMPORT_ROLES).query(() => householdImportTemplate()),
  dryRun: staffProcedure(HOUSEHOLD_IMPORT_ROLES)
    .input(HouseholdImportFileSchema)
    .mutation(({ ctx, input }) => dryRunHouseholdImport({ ctx, input })),
  start: staffProcedure(HOUSEHOLD_IMPORT_ROLES)
    .input(HouseholdImportFileSchema)
    .mutation(({ ctx, input }) => startHouseholdImport({ ctx, input })),
  progress: staffProcedure(HOUSEHOLD_IMPORT_ROLES)
    .input(HouseholdImportIdSchema)
    .query(({ ctx, input }) => householdImportProgress({ ctx, input })),
  list: staffProcedure(HOUSEHOLD_IMPORT_ROLES).query(({ ctx }) => listHouseholdImports({ ctx })),
  exportRoster: staffProcedure(HOUSEHOLD_EXPORT_ROLES)
    .input(HouseholdRosterExportSchema)
    .mutation(({ ctx, input }) => exportHouseholdRoster({ ctx, input })),
} satisfies TRPCRouterRecord;
