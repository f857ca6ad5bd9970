import {
  HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS,
  HOUSEHOLD_IMPORT_MEMBER_COLUMNS,
  HOUSEHOLD_IMPORT_SHEET,
  type HouseholdImportColumn,
  householdImportHeader,
} from '@bangfu/domain';
import ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxFile {
  filename: string;
  mimeType: string;
  /** The workbook, base64-encoded (tRPC carries JSON). */
  contentBase64: string;
}

/** Rows the template's drop-downs and text formats cover. */
const FORMATTED_ROWS = 5_000;
const CHOICES_SHEET = '选项';

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** exceljs takes range validations (it writes them as one sqref) but its typings omit the API. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

/** The header row (Chinese, * = required), a hidden row of field codes, drop-downs from a hidden sheet. */
function addDataSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: readonly HouseholdImportColumn[],
  choices: ExcelJS.Worksheet,
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  sheet.addRow(columns.map(householdImportHeader));
  sheet.addRow(columns.map((c) => c.key));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).hidden = true;
  columns.forEach((c, i) => {
    const letter = colLetter(i + 1);
    if (c.required) sheet.getCell(`${letter}1`).font = { bold: true, color: { argb: 'FFC00000' } };
    // Text format keeps long digit strings (ID, account numbers) whole.
    if (c.textOnly || c.key === 'householdKey' || c.key === 'orgCode') sheet.getColumn(i + 1).numFmt = '@';
    if (!c.choices) return;
    const listCol = choices.columnCount + 1;
    c.choices.forEach((label, r) => {
      choices.getCell(r + 1, listCol).value = label;
    });
    const listLetter = colLetter(listCol);
    validations(sheet).add(`${letter}3:${letter}${FORMATTED_ROWS}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`'${CHOICES_SHEET}'!$${listLetter}$1:$${listLetter}$${c.choices.length}`],
      showErrorMessage: true,
      errorTitle: c.zh,
      error: `请从下拉列表选择${c.zh}`,
    });
  });
  return sheet;
}

function addNotesSheet(book: ExcelJS.Workbook): void {
  const notes = book.addWorksheet(HOUSEHOLD_IMPORT_SHEET.notes);
  notes.columns = [
    { header: '工作表', key: 'sheet', width: 8 },
    { header: '列名', key: 'column', width: 26 },
    { header: '必填', key: 'required', width: 6 },
    { header: '填写说明', key: 'note', width: 80 },
    { header: 'Column (English)', key: 'en', width: 30 },
  ];
  notes.getRow(1).font = { bold: true };
  const add = (sheet: string, cols: readonly HouseholdImportColumn[]) => {
    for (const c of cols)
      notes.addRow({ sheet, column: c.zh, required: c.required ? '是' : '', note: c.note.zh, en: c.en });
  };
  add(HOUSEHOLD_IMPORT_SHEET.households, HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS);
  add(HOUSEHOLD_IMPORT_SHEET.members, HOUSEHOLD_IMPORT_MEMBER_COLUMNS);
  notes.addRow({});
  for (const line of [
    '“户”表每行一户，“成员”表每行一人(含职工本人)，两表以“户序号”对应；每户必须有且只有一名“本人”。',
    '金额以元为单位，最多两位小数；身份证号、银行卡号请以文本格式填写。',
    '先“试导入”检查：全部无误才可正式导入；正式导入要么全部成功，要么一户也不导入。',
    '导入的档案为“草稿”状态，之后按精准识别流程提交、调查、审核。',
  ]) {
    notes.addRow({ note: line });
  }
}

/** The import template: sheets 户 and 成员 in the national form's layout, and 说明 for each column. */
export function buildTemplateWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Bangfu';
  const hidden = () => {
    const s = book.addWorksheet(CHOICES_SHEET);
    s.state = 'veryHidden';
    return s;
  };
  // The notes come first so the workbook opens on them; the choices sheet exists before its users.
  addNotesSheet(book);
  const choices = hidden();
  addDataSheet(book, HOUSEHOLD_IMPORT_SHEET.households, HOUSEHOLD_IMPORT_HOUSEHOLD_COLUMNS, choices);
  addDataSheet(book, HOUSEHOLD_IMPORT_SHEET.members, HOUSEHOLD_IMPORT_MEMBER_COLUMNS, choices);
  return book;
}

export async function householdImportTemplate(): Promise<XlsxFile> {
  const content = Buffer.from(await buildTemplateWorkbook().xlsx.writeBuffer());
  return {
    filename: '困难职工档案导入模板.xlsx',
    mimeType: XLSX_MIME,
    contentBase64: content.toString('base64'),
  };
}
