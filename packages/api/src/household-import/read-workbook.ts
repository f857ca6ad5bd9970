import {
  DomainError,
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_LIMITS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  HOUSEHOLD_IMPORT_SHEET,
  type HouseholdImportCell,
  type HouseholdImportColumn,
  HouseholdImportProblemList,
  type HouseholdImportRawRow,
  type HouseholdImportSheets,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { HOUSEHOLD_IMPORT_XLSX_LIMITS, xlsxContentProblem } from '../common/xlsx-guard';

/** An exceljs cell value as the domain reads it: text, number, yes/no or nothing. */
function toCell(value: ExcelJS.CellValue): HouseholdImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return toCell((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

const unreadable = (zh: string, en: string) =>
  new DomainError('VALIDATION', { zh, en }, { fieldErrors: { contentBase64: [`${zh} / ${en}`] } });

export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  // exceljs inflates every part into memory: a zip bomb is refused before it gets the file.
  const problem = xlsxContentProblem(content, HOUSEHOLD_IMPORT_XLSX_LIMITS);
  if (problem) throw unreadable(problem.zh, problem.en);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(content as never);
  } catch {
    throw unreadable('无法读取该Excel文件(请使用 .xlsx 格式)', 'Cannot read the file as an .xlsx workbook');
  }
  return book;
}

/**
 * One sheet's data rows, each column found by its Chinese header (a trailing * is ignored, so
 * columns may be reordered). The template's second row of field codes is skipped; so are empty rows.
 */
function readSheet(
  sheet: ExcelJS.Worksheet | undefined,
  name: '户' | '成员',
  columns: readonly HouseholdImportColumn[],
  problems: HouseholdImportProblemList,
): HouseholdImportRawRow[] {
  if (!sheet) {
    problems.file({ zh: `缺少“${name}”工作表，请使用导入模板`, en: `The "${name}" sheet is missing` }, name);
    return [];
  }
  const position = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = String(toCell(cell.value) ?? '')
      .replace(/[*＊]\s*$/, '')
      .trim();
    const column = columns.find((c) => c.zh === text);
    if (column && !position.has(column.key)) position.set(column.key, col);
  });
  for (const c of columns) {
    if (c.required && !position.has(c.key)) {
      problems.cell(name, 1, c.key, { zh: '缺少该列', en: 'this column is missing' });
    }
  }
  const rows: HouseholdImportRawRow[] = [];
  const keyCol = position.get('householdKey');
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (r === 2 && keyCol && toCell(row.getCell(keyCol).value) === 'householdKey') continue;
    const cells: Record<string, HouseholdImportCell> = {};
    let empty = true;
    for (const [key, col] of position) {
      const value = toCell(row.getCell(col).value);
      cells[key] = value;
      if (value !== null && String(value).trim() !== '') empty = false;
    }
    if (!empty) rows.push({ row: r, cells });
  }
  return rows;
}

/** Reads the 户 and 成员 sheets of an import workbook; problems of its shape go into `problems`. */
export async function readImportWorkbook(
  content: Buffer,
  problems: HouseholdImportProblemList = new HouseholdImportProblemList(),
): Promise<{ sheets: HouseholdImportSheets; problems: HouseholdImportProblemList }> {
  const book = await loadWorkbook(content);
  const hSheet = book.getWorksheet(HOUSEHOLD_IMPORT_SHEET.households);
  const mSheet = book.getWorksheet(HOUSEHOLD_IMPORT_SHEET.members);
  const { maxHouseholds, maxMembers } = HOUSEHOLD_IMPORT_LIMITS;
  if ((hSheet?.rowCount ?? 0) > maxHouseholds + 2 || (mSheet?.rowCount ?? 0) > maxMembers + 2) {
    throw unreadable(
      `一次最多导入${maxHouseholds}户、${maxMembers}名成员，请分批导入`,
      `At most ${maxHouseholds} households and ${maxMembers} members per file; split it`,
    );
  }
  const households = readSheet(hSheet, '户', HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS, problems);
  const members = readSheet(mSheet, '成员', HOUSEHOLD_IMPORT_MEMBER_COLUMNS, problems);
  return { sheets: { households, members }, problems };
}
