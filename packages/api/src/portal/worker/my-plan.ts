import {
  AidMeasureKind,
  AidMeasureStatus,
  AidPlanStatus,
  HardshipCause,
  type Label,
  PlanSignedVia,
} from '@bangfu/domain';
import type { WorkerContext } from './worker-context';

export interface MyPlanMeasureDto {
  seq: number;
  kind: Label;
  cause: Label;
  description: string;
  targetDate: string | null;
  status: string;
  statusLabel: Label;
}

export interface MyPlanDto {
  id: string;
  planNo: number;
  status: string;
  statusLabel: Label;
  version: number;
  plannedExitYear: number;
  signedAt: string | null;
  signedVia: Label | null;
  cadreName: string | null;
  measures: MyPlanMeasureDto[];
  /** Measures done out of all, for the progress bar. */
  progress: { done: number; total: number };
}

const label = <K extends string>(e: { labels: Record<K, Label> }, v: string): Label =>
  e.labels[v as K] ?? { zh: v, en: v };

/** The household's current plans: the draft waiting for signature and the signed one, newest first. */
export async function myPlans(ctx: WorkerContext): Promise<MyPlanDto[]> {
  const plans = await ctx.db
    .selectFrom('aid_plan as p')
    .leftJoin('staff_user as u', 'u.id', 'p.responsible_cadre_id')
    .select([
      'p.id',
      'p.plan_no',
      'p.status',
      'p.version',
      'p.planned_exit_year',
      'p.signed_at',
      'p.signed_via',
      'u.display_name',
    ])
    .where('p.household_id', '=', ctx.worker.householdId)
    .where('p.status', 'in', ['DRAFT', 'SIGNED'])
    .orderBy('p.plan_no', 'desc')
    .execute();
  if (plans.length === 0) return [];
  const measures = await ctx.db
    .selectFrom('aid_plan_measure')
    .select(['plan_id', 'seq', 'kind', 'cause', 'description', 'target_date', 'status'])
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('seq', 'asc')
    .execute();
  return plans.map((p) => {
    const own = measures.filter((m) => m.plan_id === p.id);
    return {
      id: p.id,
      planNo: p.plan_no,
      status: p.status,
      statusLabel: label(AidPlanStatus, p.status),
      version: p.version,
      plannedExitYear: p.planned_exit_year,
      signedAt: p.signed_at,
      signedVia: p.signed_via ? label(PlanSignedVia, p.signed_via) : null,
      cadreName: p.display_name ?? null,
      measures: own.map((m) => ({
        seq: m.seq,
        kind: label(AidMeasureKind, m.kind),
        cause: label(HardshipCause, m.cause),
        description: m.description,
        targetDate: m.target_date,
        status: m.status,
        statusLabel: label(AidMeasureStatus, m.status),
      })),
      progress: { done: own.filter((m) => m.status === 'DONE').length, total: own.length },
    };
  });
}
