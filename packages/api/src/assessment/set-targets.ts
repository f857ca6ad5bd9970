import { type Database, newId, withTransaction } from '@bangfu/db';
import type { AssessmentMetric, SetAssessmentTargets } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { notFound, subtreePattern } from '../common/scope';
import { notParentUnit, type StaffContext, targetVersionConflict } from './assessment-context';
import { loadTargets, targetKey } from './target-rows';

export interface SavedTarget {
  orgId: string;
  metric: AssessmentMetric;
  targetValue: number;
  version: number;
}

/**
 * Sets a year's targets for direct subordinate units of the caller's own union, all in one
 * transaction: each entry carries the version it read (none for a new target); one stale entry,
 * one unit out of scope or not directly below the caller refuses the whole batch.
 */
export async function setAssessmentTargets({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SetAssessmentTargets;
}): Promise<{ year: number; saved: SavedTarget[] }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const orgIds = [...new Set(input.targets.map((t) => t.orgId))];
    const units = await trx
      .selectFrom('org_unit')
      .select(['id', 'path', 'parent_id'])
      .where('id', 'in', orgIds)
      .where('path', 'like', subtreePattern(ctx.actor.orgPath))
      .execute();
    const unitOf = new Map(units.map((u) => [u.id, u]));
    for (const orgId of orgIds) {
      const unit = unitOf.get(orgId);
      if (!unit) throw notFound({ zh: '工会组织不存在', en: 'Union not found' });
      if (unit.parent_id !== ctx.actor.orgId) throw notParentUnit(orgId);
    }
    const existing = new Map(
      (await loadTargets(trx, orgIds, input.year, { lock: true })).map((t) => [
        targetKey(t.org_id, t.metric),
        t,
      ]),
    );
    const before: unknown[] = [];
    const after: unknown[] = [];
    const saved: SavedTarget[] = [];
    for (const t of input.targets) {
      const row = existing.get(targetKey(t.orgId, t.metric));
      const note = t.note?.trim() || null;
      if ((row?.version ?? null) !== (t.expectedVersion ?? null))
        throw targetVersionConflict(t.orgId, t.metric);
      if (row && row.target_value === t.targetValue && row.note === note) {
        saved.push({ orgId: t.orgId, metric: t.metric, targetValue: t.targetValue, version: row.version });
        continue;
      }
      const version = row
        ? await updateTarget(trx, ctx, row, { targetValue: t.targetValue, note, now })
        : await insertTarget(trx, ctx, {
            ...t,
            note,
            year: input.year,
            path: unitOf.get(t.orgId)!.path,
            now,
          });
      before.push(
        row ? { orgId: t.orgId, metric: t.metric, targetValue: row.target_value, note: row.note } : null,
      );
      after.push({ orgId: t.orgId, metric: t.metric, targetValue: t.targetValue, note, version });
      saved.push({ orgId: t.orgId, metric: t.metric, targetValue: t.targetValue, version });
    }
    if (after.length > 0) {
      await appendAudit(trx, ctx, {
        action: 'assessment.targets.set',
        entityType: 'org_unit',
        entityId: ctx.actor.orgId,
        before: { year: input.year, targets: before },
        after: { year: input.year, targets: after },
      });
    }
    return { year: input.year, saved };
  });
}

type Trx = Transaction<Database>;

async function updateTarget(
  trx: Trx,
  ctx: StaffContext,
  row: { id: string; version: number; org_id: string; metric: string },
  change: { targetValue: number; note: string | null; now: Date },
): Promise<number> {
  const updated = await trx
    .updateTable('assessment_target')
    .set({
      target_value: change.targetValue,
      note: change.note,
      updated_by: ctx.actor.userId,
      updated_at: change.now,
      version: row.version + 1,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returning('version')
    .executeTakeFirst();
  if (!updated) throw targetVersionConflict(row.org_id, row.metric);
  return updated.version;
}

async function insertTarget(
  trx: Trx,
  ctx: StaffContext,
  t: {
    orgId: string;
    metric: AssessmentMetric;
    targetValue: number;
    note: string | null;
    year: number;
    path: string;
    now: Date;
  },
): Promise<number> {
  // A target someone else created meanwhile makes this one stale rather than a duplicate-key crash.
  const inserted = await trx
    .insertInto('assessment_target')
    .values({
      id: newId(t.now.getTime()),
      org_id: t.orgId,
      org_path: t.path,
      set_by_org_id: ctx.actor.orgId,
      year: t.year,
      metric: t.metric,
      target_value: t.targetValue,
      note: t.note,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
      created_at: t.now,
      updated_at: t.now,
    })
    .onConflict((oc) => oc.columns(['org_id', 'year', 'metric']).doNothing())
    .returning('version')
    .executeTakeFirst();
  if (!inserted) throw targetVersionConflict(t.orgId, t.metric);
  return inserted.version;
}
