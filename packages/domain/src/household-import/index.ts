export type { HouseholdImportDraft } from './build-draft';
export {
  type CellResult as HouseholdImportCellResult,
  cellText as householdImportCellText,
  type HouseholdImportCell,
} from './cells';
export {
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  HOUSEHOLD_IMPORT_SHEET,
  type HouseholdImportColumn,
  type HouseholdImportSheetName,
  householdImportHeader,
} from './columns';
export {
  type HouseholdImportProblem,
  HouseholdImportProblemList,
  type HouseholdImportRawRow,
  type HouseholdImportSheets,
} from './problems';
export {
  HOUSEHOLD_EXPORT_ROLES,
  HOUSEHOLD_IMPORT_LIMITS,
  HOUSEHOLD_IMPORT_ROLES,
  type HouseholdImportFileInput,
  HouseholdImportFileSchema,
  HouseholdImportIdSchema,
  HouseholdImportPhase,
  type HouseholdImportProgress,
  type HouseholdImportReport,
  HouseholdImportStatus,
  type HouseholdRosterExportInput,
  HouseholdRosterExportSchema,
} from './schemas';
export { type HouseholdImportValidation, validateHouseholdImport } from './validate';
