import { withTransaction } from '@bangfu/db';
import {
  DomainError,
  type EnrolmentRowError,
  type EnrolmentRowReport,
  type ImportEnrolmentsSchema,
  type ParsedEnrolmentRow,
  parseEnrolmentRow,
} from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { enrolOne } from './enrol-one';
import { openEnrolRound } from './enrol-round';
import { readEnrolmentSheet, type SheetRow } from './enrolment-sheet';
import type { StaffContext } from './mutual-aid-errors';

export interface ImportReport {
  dryRun: boolean;
  /** True only when every row was valid and the run was real: then all rows were written. */
  written: boolean;
  rowCount: number;
  errorRowCount: number;
  enrolmentCount: number;
  rows: EnrolmentRowReport[];
}

/** Thrown to roll the whole import back while carrying its report out of the transaction. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

function duplicateErrors(
  rows: SheetRow[],
  parsed: (ParsedEnrolmentRow | null)[],
): Map<number, EnrolmentRowError> {
  const firstRow = new Map<string, number>();
  const errors = new Map<number, EnrolmentRowError>();
  parsed.forEach((p, i) => {
    const row = rows[i]!.row;
    if (!p) return;
    const first = firstRow.get(p.idNumber);
    if (first === undefined) firstRow.set(p.idNumber, row);
    else
      errors.set(i, {
        column: '身份证号',
        message: { zh: `与第${first}行重复`, en: `Same person as row ${first}` },
      });
  });
  return errors;
}

function refusalErrors(e: DomainError): EnrolmentRowError[] {
  const reasons = (e.details?.reasons ?? []) as { label: { zh: string; en: string } }[];
  if (reasons.length === 0) return [{ column: '参加计划', message: e.messages }];
  return reasons.map((r) => ({ column: '参加计划', message: r.label }));
}

/**
 * 批量导入: enrols a unit's staff from the enrolment sheet. Every row goes through the same checks
 * as a single enrolment inside one transaction; a dry run, or any row in error, rolls all of it
 * back and returns the row-by-row report, so a sheet is never half-imported.
 */
export async function importEnrolments({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof ImportEnrolmentsSchema>;
}): Promise<ImportReport> {
  const sheet = await readEnrolmentSheet(input.fileBase64);
  const asOf = businessDate(ctx.now());
  try {
    return await withTransaction(ctx.db, async (trx) => {
      const opened = await openEnrolRound(trx, ctx, { ...input, roundCounts: new Map() });
      const parsed = sheet.rows.map((r) => parseEnrolmentRow(r.cells, opened.scheme, asOf));
      const duplicates = duplicateErrors(
        sheet.rows,
        parsed.map((p) => p.value),
      );
      const roundCounts = new Map<string, number>();
      for (const p of parsed)
        for (const code of new Set(p.value?.planCodes ?? []))
          roundCounts.set(code, (roundCounts.get(code) ?? 0) + 1);
      const round = { ...opened, roundCounts };
      const reports: EnrolmentRowReport[] = [];
      if (sheet.header.length > 0) reports.push({ row: 1, ok: false, errors: sheet.header });
      if (sheet.rows.length === 0) {
        reports.push({
          row: 2,
          ok: false,
          errors: [{ column: '', message: { zh: '表格中没有数据', en: 'The sheet has no rows' } }],
        });
      }
      const enrolmentIds: string[] = [];
      for (const [i, sheetRow] of sheet.rows.entries()) {
        const { value, errors: parseErrors } = parsed[i]!;
        const errors = [...sheetRow.errors, ...parseErrors];
        const dup = duplicates.get(i);
        if (dup) errors.push(dup);
        if (value && errors.length === 0 && sheet.header.length === 0) {
          try {
            enrolmentIds.push(...(await enrolOne(trx, ctx, round, value, value.planCodes)).enrolmentIds);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            errors.push(...refusalErrors(e));
          }
        }
        reports.push({ row: sheetRow.row, ok: errors.length === 0, errors });
      }
      const errorRowCount = reports.filter((r) => !r.ok).length;
      const report = {
        dryRun: input.dryRun,
        written: false,
        rowCount: sheet.rows.length,
        errorRowCount,
        enrolmentCount: enrolmentIds.length,
        rows: reports,
      };
      if (input.dryRun || errorRowCount > 0) throw new RollBack(report);
      await appendAudit(trx, ctx, {
        action: 'mutual_aid.import_enrolments',
        entityType: 'ma_unit',
        entityId: input.unitId,
        after: {
          schemeId: input.schemeId,
          termYear: input.termYear,
          rows: sheet.rows.length,
          enrolmentIds,
          policyVersion: round.policyVersion,
        },
      });
      return { ...report, written: true };
    });
  } catch (e) {
    if (e instanceof RollBack) return e.report;
    throw e;
  }
}
