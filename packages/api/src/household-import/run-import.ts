import { withTransaction } from '@bangfu/db';
import { type HouseholdImportReport, isDomainError, type Label } from '@bangfu/domain';
import { sql } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { Context, StaffActor } from '../context';
import { checkHouseholdImport } from './check-import';
import { importRegistry } from './import-registry';
import { ImportRejected, importReport } from './import-report';
import { readImportWorkbook } from './read-workbook';
import { ImportRaceError, writeHouseholdImport } from './write-import';

type StaffContext = Context & { actor: StaffActor };

const SAMPLE_IDS = 50;

/**
 * The import itself: read, then check and write in ONE transaction, so the check sees exactly what
 * the write meets and any problem leaves nothing behind. The row is marked DONE inside that
 * transaction (DONE exactly when the households exist); a failure is recorded after the rollback.
 * Never rejects: every outcome ends in the registry and the row.
 */
export async function runHouseholdImport(
  ctx: StaffContext,
  job: { importId: string; fileName: string; content: Buffer; sha256: string },
): Promise<void> {
  const { importId } = job;
  let rows = 0;
  try {
    const { sheets, problems } = await readImportWorkbook(job.content);
    rows = sheets.households.length + sheets.members.length;
    importRegistry.update(importId, { phase: 'CHECK', total: sheets.households.length });
    const asOf = businessDate(ctx.now());
    const written = await withTransaction(ctx.db, async (trx) => {
      const checked = await checkHouseholdImport(trx, ctx, { sheets, asOf, sha256: job.sha256, problems });
      if (checked.problems.size > 0)
        throw new ImportRejected(importReport(job.sha256, sheets, checked.problems));
      importRegistry.update(importId, { phase: 'WRITE' });
      const out = await writeHouseholdImport(trx, ctx, {
        ...job,
        drafts: checked.drafts,
        orgPaths: checked.orgPaths,
        onProgress: (done) => importRegistry.update(importId, { done }),
      });
      await trx
        .updateTable('household_import')
        .set({
          status: 'DONE',
          rows,
          households: out.householdIds.length,
          members: out.members,
          finished_at: ctx.now(),
          version: sql`version + 1`,
        })
        .where('id', '=', importId)
        .execute();
      return out;
    });
    importRegistry.update(importId, {
      status: 'DONE',
      phase: 'FINISHED',
      households: written.householdIds.length,
      members: written.members,
      finishedAt: ctx.now().toISOString(),
      sampleHouseholdIds: written.householdIds.slice(0, SAMPLE_IDS),
    });
  } catch (e) {
    const report: HouseholdImportReport | null =
      e instanceof ImportRejected
        ? e.report
        : e instanceof ImportRaceError
          ? {
              sha256: job.sha256,
              households: 0,
              members: 0,
              problemCount: e.problems.size,
              problems: e.problems.sorted(),
            }
          : null;
    const failure: Label | null = report
      ? null
      : isDomainError(e)
        ? e.messages
        : { zh: '导入失败，未导入任何档案，请稍后重试', en: 'The import failed; nothing was imported' };
    await recordFailure(ctx, { ...job, rows, report, failure }).catch(() => undefined);
    importRegistry.update(importId, {
      status: 'FAILED',
      phase: 'FINISHED',
      done: 0,
      report,
      failure,
      finishedAt: ctx.now().toISOString(),
    });
  }
}

/** The failed import's row and its one audit event, in a short transaction of their own. */
async function recordFailure(
  ctx: StaffContext,
  job: {
    importId: string;
    fileName: string;
    sha256: string;
    rows: number;
    report: HouseholdImportReport | null;
    failure: Label | null;
  },
): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('household_import')
      .set({
        status: 'FAILED',
        rows: job.rows,
        problems: job.report?.problemCount ?? 0,
        failure: job.failure ? JSON.stringify(job.failure) : null,
        finished_at: ctx.now(),
        version: sql`version + 1`,
      })
      .where('id', '=', job.importId)
      .execute();
    await appendAudit(trx, ctx, {
      action: 'household.import',
      entityType: 'household_import',
      entityId: job.importId,
      after: {
        fileName: job.fileName,
        sha256: job.sha256,
        status: 'FAILED',
        households: 0,
        problems: job.report?.problemCount ?? 0,
      },
    });
  });
}
