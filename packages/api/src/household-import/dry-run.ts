import { createHash } from 'node:crypto';
import type { HouseholdImportFileInput, HouseholdImportReport } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { Context, StaffActor } from '../context';
import { checkHouseholdImport } from './check-import';
import { importReport } from './import-report';
import { readImportWorkbook } from './read-workbook';

type StaffContext = Context & { actor: StaffActor };

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * 试导入: reads and checks the whole file and reports every problem. It writes nothing (a
 * mutation only because the file travels in the request body).
 */
export async function dryRunHouseholdImport({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: HouseholdImportFileInput;
}): Promise<HouseholdImportReport> {
  const content = Buffer.from(input.contentBase64, 'base64');
  const sha256 = sha256Of(content);
  const { sheets, problems } = await readImportWorkbook(content);
  await checkHouseholdImport(ctx.db, ctx, { sheets, asOf: businessDate(ctx.now()), sha256, problems });
  return importReport(sha256, sheets, problems);
}
