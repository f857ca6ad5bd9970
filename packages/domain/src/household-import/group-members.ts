import type { ParsedImportRow } from './parse-rows';
import type { HouseholdImportProblemList } from './problems';

/** A household row with the member rows that refer to it by 户序号. */
export interface ImportHouseholdGroup {
  readonly household: ParsedImportRow;
  readonly members: ParsedImportRow[];
}

/**
 * Pairs members with their household by 户序号. A repeated key, a member pointing at a key the
 * 户 sheet lacks, and a household without members are each reported on the key cell.
 */
export function groupMembers(
  households: readonly ParsedImportRow[],
  members: readonly ParsedImportRow[],
  problems: HouseholdImportProblemList,
): ImportHouseholdGroup[] {
  const byKey = new Map<string, ImportHouseholdGroup>();
  for (const h of households) {
    const key = h.values.householdKey as string | undefined;
    if (key === undefined) continue;
    const first = byKey.get(key);
    if (first) {
      problems.cell('户', h.row, 'householdKey', {
        zh: `户序号“${key}”与第${first.household.row}行重复`,
        en: `household key "${key}" repeats row ${first.household.row}`,
      });
      continue;
    }
    byKey.set(key, { household: h, members: [] });
  }
  for (const m of members) {
    const key = m.values.householdKey as string | undefined;
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.members.push(m);
    else
      problems.cell('成员', m.row, 'householdKey', {
        zh: `户序号“${key}”在“户”表中不存在`,
        en: `household key "${key}" is not on the households sheet`,
      });
  }
  const groups = [...byKey.values()];
  for (const g of groups) {
    if (g.members.length === 0) {
      problems.cell('户', g.household.row, 'householdKey', {
        zh: '该户在“成员”表中没有成员',
        en: 'this household has no rows on the members sheet',
      });
    } else if (g.members.length > 20) {
      problems.cell('户', g.household.row, 'householdKey', {
        zh: '每户最多20名成员',
        en: 'at most 20 members per household',
      });
    }
  }
  return groups;
}
