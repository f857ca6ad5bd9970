import type { AssessmentMetric } from '@bangfu/domain';
import type { Db } from './assessment-context';

export interface TargetRow {
  id: string;
  org_id: string;
  metric: string;
  target_value: number;
  note: string | null;
  version: number;
}

/** The targets of `orgIds` for a year (none for an empty list). */
export async function loadTargets(
  db: Db,
  orgIds: readonly string[],
  year: number,
  opts: { lock?: boolean } = {},
): Promise<TargetRow[]> {
  if (orgIds.length === 0) return [];
  let q = db
    .selectFrom('assessment_target')
    .select(['id', 'org_id', 'metric', 'target_value', 'note', 'version'])
    .where('org_id', 'in', orgIds)
    .where('year', '=', year)
    .orderBy('id');
  if (opts.lock) q = q.forUpdate();
  return (await q.execute()).map((r) => ({ ...r, target_value: Number(r.target_value) }));
}

export const targetKey = (orgId: string, metric: AssessmentMetric | string): string => `${orgId}:${metric}`;
