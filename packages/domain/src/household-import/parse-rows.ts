import { parseIdNumber } from '../id-number';
import { cellText } from './cells';
import {
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  type HouseholdImportColumn,
  type HouseholdImportSheetName,
} from './columns';
import type { HouseholdImportProblemList, HouseholdImportRawRow } from './problems';

/** A row whose cells were read: the values of the good cells; a bad or empty cell has none. */
export interface ParsedImportRow {
  readonly row: number;
  readonly values: Readonly<Record<string, unknown>>;
}

function parseRow(
  sheet: HouseholdImportSheetName,
  columns: readonly HouseholdImportColumn[],
  raw: HouseholdImportRawRow,
  problems: HouseholdImportProblemList,
): ParsedImportRow {
  const values: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = raw.cells[column.key] ?? null;
    if (column.textOnly && typeof cell === 'number') {
      problems.cell(sheet, raw.row, column.key, {
        zh: '须以文本格式填写(数字格式会丢失末几位)',
        en: 'enter it as text (as a number Excel drops the last digits)',
      });
      continue;
    }
    const text = cellText(cell);
    if (text === '') {
      if (column.required) {
        problems.cell(sheet, raw.row, column.key, {
          zh: `请填写${column.zh}`,
          en: `${column.en} is required`,
        });
      }
      continue;
    }
    const parsed = column.parse(text);
    if (parsed.ok) values[column.key] = parsed.value;
    else problems.cell(sheet, raw.row, column.key, parsed.message);
  }
  return { row: raw.row, values };
}

export function parseHouseholdRows(
  rows: readonly HouseholdImportRawRow[],
  problems: HouseholdImportProblemList,
): ParsedImportRow[] {
  return rows.map((r) => parseRow('户', HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS, r, problems));
}

/**
 * Reads the member rows; each ID number is checked against the business date (a birth date after
 * it, or an age over 120, is impossible) and normalised to 18 characters, and a number that
 * appears twice in the file is reported on its second row.
 */
export function parseMemberRows(
  rows: readonly HouseholdImportRawRow[],
  asOf: string,
  problems: HouseholdImportProblemList,
): ParsedImportRow[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((raw) => {
    const parsed = parseRow('成员', HOUSEHOLD_IMPORT_MEMBER_COLUMNS, raw, problems);
    const text = parsed.values.idNumber;
    if (typeof text !== 'string') return parsed;
    const id = parseIdNumber(text, { asOf });
    if (!id.ok) {
      problems.cell('成员', raw.row, 'idNumber', id.message);
      const { idNumber: _bad, ...rest } = parsed.values;
      return { row: raw.row, values: rest };
    }
    const first = firstRowOf.get(id.value.number);
    if (first !== undefined) {
      problems.cell('成员', raw.row, 'idNumber', {
        zh: `与成员表第${first}行的身份证号重复`,
        en: `same ID number as row ${first} of the members sheet`,
      });
      const { idNumber: _dup, ...rest } = parsed.values;
      return { row: raw.row, values: rest };
    }
    firstRowOf.set(id.value.number, raw.row);
    return { row: raw.row, values: { ...parsed.values, idNumber: id.value.number } };
  });
}
