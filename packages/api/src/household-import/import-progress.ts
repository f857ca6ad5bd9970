import type { Database } from '@bangfu/db';
import type { HouseholdImportProgress, HouseholdImportStatus, Label } from '@bangfu/domain';
import type { Selectable } from 'kysely';
import { notFound, subtreePattern } from '../common/scope';
import type { Context, StaffActor } from '../context';
import { importRegistry } from './import-registry';

type StaffContext = Context & { actor: StaffActor };

const iso = (v: string | Date | null): string | null => (v === null ? null : new Date(v).toISOString());

/** A row no running job in this process owns: RUNNING there means its process stopped. */
function fromRow(row: Selectable<Database['household_import']>): HouseholdImportProgress {
  const status = (row.status === 'RUNNING' ? 'INTERRUPTED' : row.status) as HouseholdImportStatus;
  return {
    importId: row.id,
    fileName: row.file_name,
    status,
    phase: 'FINISHED',
    done: status === 'DONE' ? row.households : 0,
    total: row.households,
    households: row.households,
    members: row.members,
    startedAt: iso(row.started_at)!,
    finishedAt: iso(row.finished_at),
    report: null,
    failure:
      status === 'INTERRUPTED'
        ? {
            zh: '导入在完成前中断，未导入任何档案，请重新导入',
            en: 'The import stopped before finishing; nothing was imported',
          }
        : ((row.failure as Label | null) ?? null),
    sampleHouseholdIds: [],
  };
}

/**
 * Where an import stands. A job this process runs answers from memory (on PGlite the import's
 * transaction holds the one session, so a poll must not wait for the database).
 */
export async function householdImportProgress({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: { importId: string };
}): Promise<HouseholdImportProgress> {
  const job = importRegistry.get(input.importId);
  if (job?.orgPath.startsWith(ctx.actor.orgPath)) return job.progress;
  const row = await ctx.db
    .selectFrom('household_import')
    .selectAll()
    .where('id', '=', input.importId)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .executeTakeFirst();
  if (!row) throw notFound({ zh: '导入记录不存在', en: 'Import not found' });
  return fromRow(row);
}

/** The latest imports in the caller's scope. */
export async function listHouseholdImports({
  ctx,
}: {
  ctx: StaffContext;
}): Promise<HouseholdImportProgress[]> {
  const rows = await ctx.db
    .selectFrom('household_import')
    .selectAll()
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('started_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => importRegistry.get(r.id)?.progress ?? fromRow(r));
}
