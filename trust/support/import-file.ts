import { cleanSheet, importFile } from '../../packages/api/src/testing/household-import-fixture';

/** A clean import workbook of `n` households (2 members each) of 红花岗区, and what it holds. */
export async function importWorkbook(n: number, prefix: string) {
  const sheet = cleanSheet(n, '520302', prefix);
  const idNumbers = sheet.members.map((m) => String(m.idNumber));
  return { contentBase64: await importFile(sheet.households, sheet.members), idNumbers };
}
