import type { Label } from '../common/labelled-enum';
import type { HouseholdImportCell } from './cells';
import {
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  type HouseholdImportSheetName,
} from './columns';

/** A data row of a sheet: its spreadsheet row number and its cells keyed by column key. */
export interface HouseholdImportRawRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, HouseholdImportCell>>;
}

export interface HouseholdImportSheets {
  readonly households: readonly HouseholdImportRawRow[];
  readonly members: readonly HouseholdImportRawRow[];
}

/**
 * One problem of an import file: the cell (sheet, spreadsheet row, Chinese column header) and a
 * sentence that names them, e.g. "第12行 身份证号：身份证号校验位错误". File-level problems have no cell.
 */
export interface HouseholdImportProblem {
  readonly sheet: HouseholdImportSheetName;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: Label;
}

const SHEET_ORDER: Record<HouseholdImportSheetName, number> = { 文件: 0, 户: 1, 成员: 2 };
const columnsOf = (sheet: HouseholdImportSheetName) =>
  sheet === '成员' ? HOUSEHOLD_IMPORT_MEMBER_COLUMNS : HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS;

/** Collects problems, keeping the first one per cell: one clear message per bad cell. */
export class HouseholdImportProblemList {
  readonly #byCell = new Map<string, HouseholdImportProblem>();
  readonly #rows = new Set<string>();

  has(sheet: HouseholdImportSheetName, row: number, columnKey: string): boolean {
    return this.#byCell.has(`${sheet}|${row}|${columnKey}`);
  }

  /** A problem in one cell; ignored when that cell already has one. */
  cell(sheet: HouseholdImportSheetName, row: number, columnKey: string, message: Label): void {
    const id = `${sheet}|${row}|${columnKey}`;
    if (this.#byCell.has(id)) return;
    this.#rows.add(`${sheet}|${row}`);
    const column = columnsOf(sheet).find((c) => c.key === columnKey);
    const zhCol = column?.zh ?? columnKey;
    this.#byCell.set(id, {
      sheet,
      row,
      column: zhCol,
      message: {
        zh: `${sheet}表 第${row}行 ${zhCol}：${message.zh}`,
        en: `Sheet ${sheet}, row ${row}, ${column?.en ?? columnKey}: ${message.en}`,
      },
    });
  }

  rowHasProblem(sheet: HouseholdImportSheetName, row: number): boolean {
    return this.#rows.has(`${sheet}|${row}`);
  }

  file(message: Label, sheet: HouseholdImportSheetName = '文件'): void {
    this.#byCell.set(`${sheet}|file|${this.#byCell.size}`, { sheet, row: null, column: null, message });
  }

  get size(): number {
    return this.#byCell.size;
  }

  /** In reading order: file problems, then sheet 户, then 成员, by row and column. */
  sorted(): HouseholdImportProblem[] {
    const colIndex = (p: HouseholdImportProblem) =>
      p.column === null ? -1 : columnsOf(p.sheet).findIndex((c) => c.zh === p.column);
    return [...this.#byCell.values()].sort(
      (a, b) =>
        SHEET_ORDER[a.sheet] - SHEET_ORDER[b.sheet] ||
        (a.row ?? 0) - (b.row ?? 0) ||
        colIndex(a) - colIndex(b),
    );
  }
}
