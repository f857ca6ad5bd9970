import { AssessmentOverdueKind, type AssessmentOverdueQuery } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { loadIdentificationPolicy } from '../identification/identification-policy';
import { type Db, loadAssessmentPolicy, type StaffContext } from './assessment-context';
import { type OverdueParams, overdueSource } from './overdue-sources';
import { bySubordinate } from './subordinate-units';

export type OverdueCounts = Record<AssessmentOverdueKind, number> & { total: number };

const DRILL_LIMIT = 50;

export async function overdueParams(db: Db, today: string): Promise<OverdueParams> {
  const [ident, assessment] = await Promise.all([
    loadIdentificationPolicy(db),
    loadAssessmentPolicy(db, today),
  ]);
  return { today, surveySlaDays: ident.body.surveySlaDays, reviewDueDays: assessment.body.reviewDueDays };
}

export const noOverdue = (): OverdueCounts => ({
  SURVEY_LATE: 0,
  NOTICE_NOT_CLOSED: 0,
  REVIEW_OVERDUE: 0,
  RECTIFICATION_OVERDUE: 0,
  total: 0,
});

/** Overdue tasks per kind for every direct subordinate of `parentPath`, keyed by the unit's path. */
export async function countOverdue(
  db: Db,
  parentPath: string,
  p: OverdueParams,
): Promise<Map<string, OverdueCounts>> {
  const out = new Map<string, OverdueCounts>();
  for (const kind of AssessmentOverdueKind.values) {
    const rows = await db
      .selectFrom(overdueSource(db, kind, subtreePattern(parentPath), p).as('t'))
      .select(['t.org_path', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('t.org_path')
      .execute();
    for (const [path, n] of bySubordinate(parentPath, rows)) {
      const counts = out.get(path) ?? noOverdue();
      counts[kind] += n;
      counts.total += n;
      out.set(path, counts);
    }
  }
  return out;
}

export interface OverdueTask {
  kind: AssessmentOverdueKind;
  refId: string;
  householdId: string;
  dueOn: string;
}

/** The drill list of a unit in scope: its oldest overdue tasks (at most 50) and how many there are. */
export async function listOverdueTasks({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AssessmentOverdueQuery;
}): Promise<{ orgId: string; asOf: string; total: number; items: OverdueTask[] }> {
  const unit = await getOrgInScope(ctx.db, ctx.actor, input.orgId);
  const p = await overdueParams(ctx.db, businessDate(ctx.now()));
  const kinds = input.kind ? [input.kind] : AssessmentOverdueKind.values;
  const items: OverdueTask[] = [];
  let total = 0;
  for (const kind of kinds) {
    const source = overdueSource(ctx.db, kind, subtreePattern(unit.path), p);
    const rows = await ctx.db
      .selectFrom(source.as('t'))
      .select(['t.ref_id', 't.household_id', 't.due_on'])
      .orderBy('t.due_on')
      .orderBy('t.ref_id')
      .limit(DRILL_LIMIT)
      .execute();
    const count = await ctx.db
      .selectFrom(source.as('t'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    total += Number(count.n);
    items.push(
      ...rows.map((r) => ({ kind, refId: r.ref_id, householdId: r.household_id, dueOn: String(r.due_on) })),
    );
  }
  items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.refId.localeCompare(b.refId));
  return { orgId: unit.id, asOf: p.today, total, items: items.slice(0, DRILL_LIMIT) };
}
