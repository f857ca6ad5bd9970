import {
  DomainError,
  ENROLMENT_COLUMNS,
  type EnrolmentColumnKey,
  type EnrolmentRowCells,
  type EnrolmentRowError,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';
import { ENROLMENT_XLSX_LIMITS, xlsxContentProblem } from '../common/xlsx-guard';

export const MAX_IMPORT_ROWS = 5000;
/** Rows whose name starts with this are the template's example and are not imported. */
export const EXAMPLE_PREFIX = '示例';

export interface SheetRow {
  /** The spreadsheet's own row number (the header is row 1). */
  row: number;
  cells: EnrolmentRowCells;
  errors: EnrolmentRowError[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

const unreadable = (en: string) =>
  new DomainError(
    'VALIDATION',
    { zh: '无法读取该Excel文件', en: `Cannot read the Excel file: ${en}` },
    {
      fieldErrors: { fileBase64: ['无法读取该Excel文件 / cannot read the Excel file'] },
    },
  );

/**
 * Reads the first sheet of an enrolment workbook: finds each column by its Chinese header and
 * returns the data rows as text. An ID number stored as a number has lost digits, so it is
 * reported rather than read.
 */
export async function readEnrolmentSheet(
  fileBase64: string,
): Promise<{ header: EnrolmentRowError[]; rows: SheetRow[] }> {
  const content = Buffer.from(fileBase64, 'base64');
  // exceljs inflates every part into memory: a zip bomb is refused before it gets the file.
  const problem = xlsxContentProblem(content, ENROLMENT_XLSX_LIMITS);
  if (problem) throw unreadable(problem.en);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(content as never);
  } catch {
    throw unreadable('not an .xlsx workbook');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw unreadable('no worksheet');
  const positions = new Map<EnrolmentColumnKey, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    const column = ENROLMENT_COLUMNS.find((c) => text.startsWith(c.zh));
    if (column && !positions.has(column.key)) positions.set(column.key, col);
  });
  const header = ENROLMENT_COLUMNS.filter((c) => !positions.has(c.key)).map((c) => ({
    column: c.zh,
    message: { zh: `缺少“${c.zh}”列`, en: `The "${c.zh}" (${c.en}) column is missing` },
  }));
  if (sheet.rowCount - 1 > MAX_IMPORT_ROWS) throw unreadable(`more than ${MAX_IMPORT_ROWS} rows`);
  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = {} as EnrolmentRowCells;
    const errors: EnrolmentRowError[] = [];
    for (const c of ENROLMENT_COLUMNS) {
      const col = positions.get(c.key);
      const value = col ? row.getCell(col).value : null;
      cells[c.key] = cellText(value);
      if (c.key === 'idNumber' && typeof value === 'number') {
        errors.push({
          column: c.zh,
          message: {
            zh: '身份证号须以文本格式填写(数字格式会丢失末位)',
            en: 'Enter the ID number as text (as a number it loses digits)',
          },
        });
      }
    }
    if (Object.values(cells).every((v) => v === '') || cells.name.startsWith(EXAMPLE_PREFIX)) continue;
    rows.push({ row: r, cells, errors });
  }
  return { header, rows };
}
