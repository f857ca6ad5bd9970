import { ENROLMENT_COLUMNS } from '@bangfu/domain';
import ExcelJS from 'exceljs';
import type { XlsxFile } from '../festival/export-festival-xlsx';
import { EXAMPLE_PREFIX } from './enrolment-sheet';
import type { StaffContext } from './mutual-aid-errors';
import { getVisibleScheme, parseSchemeBody } from './scheme-rows';

const WIDTHS: Record<string, number> = { name: 14, idNumber: 24, inService: 10, unionMember: 10, plans: 40 };

/**
 * 参加人员导入模板: the header row, one example row (skipped on import), the ID column formatted
 * as text; with a scheme, a second sheet lists its plans by code and name.
 */
export async function enrolmentTemplateXlsx({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { schemeId?: string } | undefined;
}): Promise<XlsxFile> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('参加人员');
  sheet.columns = ENROLMENT_COLUMNS.map((c) => ({
    header: `${c.zh} ${c.en}`,
    key: c.key,
    width: WIDTHS[c.key],
  }));
  sheet.getColumn('idNumber').numFmt = '@';
  sheet.addRow({
    name: `${EXAMPLE_PREFIX}:张三(本行不导入)`,
    idNumber: '520302198001010011',
    inService: '是',
    unionMember: '是',
    plans: 'INPATIENT、住院医疗互助',
  });
  if (input?.schemeId) {
    const scheme = parseSchemeBody(
      await getVisibleScheme(ctx.db, { id: input.schemeId, orgPath: ctx.actor.orgPath }),
    );
    const plans = book.addWorksheet('可选计划');
    plans.columns = [
      { header: '代码 Code', key: 'code', width: 20 },
      { header: '名称 Name', key: 'zh', width: 30 },
      { header: 'Name (English)', key: 'en', width: 36 },
    ];
    for (const p of scheme.plans) plans.addRow({ code: p.code, zh: p.name.zh, en: p.name.en });
  }
  const content = Buffer.from(await book.xlsx.writeBuffer());
  return {
    filename: '职工医疗互助参加人员导入模板.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: content.toString('base64'),
    rows: 1,
  };
}
