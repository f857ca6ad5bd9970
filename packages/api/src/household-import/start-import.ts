import { inBackground, newId, withTransaction } from '@bangfu/db';
import { DomainError, type HouseholdImportFileInput, type HouseholdImportProgress } from '@bangfu/domain';
import { HOUSEHOLD_IMPORT_XLSX_LIMITS, xlsxDirectoryProblem } from '../common/xlsx-guard';
import type { Context, StaffActor } from '../context';
import { sha256Of } from './dry-run';
import { importRegistry } from './import-registry';
import { runHouseholdImport } from './run-import';

type StaffContext = Context & { actor: StaffActor };

/**
 * 正式导入: records the import (RUNNING) in its own short transaction, then runs it in the
 * background and returns its id at once; the client polls `progress`.
 */
export async function startHouseholdImport({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: HouseholdImportFileInput;
}): Promise<{ importId: string }> {
  const content = Buffer.from(input.contentBase64, 'base64');
  // Not a workbook, or an honest zip bomb: refused now, before anything is recorded.
  const problem = xlsxDirectoryProblem(content, HOUSEHOLD_IMPORT_XLSX_LIMITS);
  if (problem) {
    const field = `${problem.zh} / ${problem.en}`;
    throw new DomainError('VALIDATION', problem, { fieldErrors: { contentBase64: [field] } });
  }
  const sha256 = sha256Of(content);
  const now = ctx.now();
  const importId = newId(now.getTime());
  await withTransaction(ctx.db, (trx) =>
    trx
      .insertInto('household_import')
      .values({
        id: importId,
        org_id: ctx.actor.orgId,
        org_path: ctx.actor.orgPath,
        actor_id: ctx.actor.userId,
        file_name: input.fileName,
        sha256,
        file_bytes: content.length,
        started_at: now,
      })
      .execute(),
  );
  const progress: HouseholdImportProgress = {
    importId,
    fileName: input.fileName,
    status: 'RUNNING',
    phase: 'READ',
    done: 0,
    total: 0,
    households: 0,
    members: 0,
    startedAt: now.toISOString(),
    finishedAt: null,
    report: null,
    failure: null,
    sampleHouseholdIds: [],
  };
  importRegistry.begin(progress, ctx.actor.orgPath);
  importRegistry.setSettled(
    importId,
    inBackground(() => runHouseholdImport(ctx, { importId, fileName: input.fileName, content, sha256 })),
  );
  return { importId };
}
