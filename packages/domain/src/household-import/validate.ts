import { buildDraft, type HouseholdImportDraft } from './build-draft';
import { checkAcrossCells } from './cross-checks';
import { groupMembers } from './group-members';
import { parseHouseholdRows, parseMemberRows } from './parse-rows';
import { HouseholdImportProblemList, type HouseholdImportSheets } from './problems';

export interface HouseholdImportValidation {
  /** Every problem found, one per bad cell; the caller adds those that need the database. */
  readonly problems: HouseholdImportProblemList;
  /** The households whose every cell is good, as households.create would take them. */
  readonly drafts: HouseholdImportDraft[];
}

/**
 * Checks a whole import file without stopping at the first problem. `orgIdOf` answers for a union
 * code inside the importer's scope only (out of scope reads as unknown); `asOf` is the business date.
 */
export function validateHouseholdImport(input: {
  sheets: HouseholdImportSheets;
  asOf: string;
  orgIdOf: (code: string) => string | null;
  /** Problems found while reading the file (missing columns), to report beside the rest. */
  problems?: HouseholdImportProblemList;
}): HouseholdImportValidation {
  const problems = input.problems ?? new HouseholdImportProblemList();
  if (input.sheets.households.length === 0) {
    problems.file({ zh: '“户”表没有数据行', en: 'The households sheet (户) has no data rows' }, '户');
  }
  if (input.sheets.members.length === 0) {
    problems.file({ zh: '“成员”表没有数据行', en: 'The members sheet (成员) has no data rows' }, '成员');
  }
  const households = parseHouseholdRows(input.sheets.households, problems);
  const members = parseMemberRows(input.sheets.members, input.asOf, problems);
  const groups = groupMembers(households, members, problems);
  for (const g of groups) checkAcrossCells(g, problems, input.orgIdOf);
  const drafts: HouseholdImportDraft[] = [];
  for (const g of groups) {
    const bad =
      problems.rowHasProblem('户', g.household.row) ||
      g.members.some((m) => problems.rowHasProblem('成员', m.row));
    if (bad) continue;
    const orgId = input.orgIdOf(g.household.values.orgCode as string);
    const draft = orgId ? buildDraft(g, orgId, problems) : null;
    if (draft) drafts.push(draft);
  }
  return { problems, drafts };
}
