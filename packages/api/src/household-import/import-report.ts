import {
  HOUSEHOLD_IMPORT_LIMITS,
  type HouseholdImportProblemList,
  type HouseholdImportReport,
  type HouseholdImportSheets,
} from '@bangfu/domain';

export function importReport(
  sha256: string,
  sheets: HouseholdImportSheets,
  problems: HouseholdImportProblemList,
): HouseholdImportReport {
  const all = problems.sorted();
  return {
    sha256,
    households: sheets.households.length,
    members: sheets.members.length,
    problemCount: all.length,
    problems: all.slice(0, HOUSEHOLD_IMPORT_LIMITS.maxProblemsShown),
  };
}

/** Thrown inside the import's transaction to roll it back while carrying the report out. */
export class ImportRejected extends Error {
  constructor(readonly report: HouseholdImportReport) {
    super('the import file has problems');
  }
}
