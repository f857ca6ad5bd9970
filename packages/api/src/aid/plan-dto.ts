import type { Database } from '@bangfu/db';
import type {
  AidMeasureKind,
  AidMeasureStatus,
  AidPlanStatus,
  HardshipCause,
  PlanSignedVia,
} from '@bangfu/domain';
import type { Kysely, Transaction } from 'kysely';

export interface AidMeasureDto {
  id: string;
  seq: number;
  kind: AidMeasureKind;
  cause: HardshipCause;
  description: string;
  targetDate: string | null;
  status: AidMeasureStatus;
  plannedAmountFen: number | null;
}

export interface AidPlanDto {
  id: string;
  householdId: string;
  planNo: number;
  status: AidPlanStatus;
  responsibleCadreId: string;
  responsibleCadreName: string;
  plannedExitYear: number;
  signedAt: string | null;
  signedVia: PlanSignedVia | null;
  signerName: string | null;
  signatureAttachmentId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  measures: AidMeasureDto[];
}

/** The plans of one household, newest first, with their measures; explicit columns only. */
export async function listPlanDtos(
  db: Kysely<Database> | Transaction<Database>,
  householdId: string,
): Promise<AidPlanDto[]> {
  const plans = await db
    .selectFrom('aid_plan as p')
    .innerJoin('staff_user as s', 's.id', 'p.responsible_cadre_id')
    .select([
      'p.id',
      'p.household_id',
      'p.plan_no',
      'p.status',
      'p.responsible_cadre_id',
      's.display_name',
      'p.planned_exit_year',
      'p.signed_at',
      'p.signed_via',
      'p.signer_name',
      'p.signature_attachment_id',
      'p.created_at',
      'p.updated_at',
      'p.version',
    ])
    .where('p.household_id', '=', householdId)
    .orderBy('p.plan_no', 'desc')
    .execute();
  if (plans.length === 0) return [];
  const measures = await db
    .selectFrom('aid_plan_measure')
    .select([
      'id',
      'plan_id',
      'seq',
      'kind',
      'cause',
      'description',
      'target_date',
      'status',
      'planned_amount_fen',
    ])
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('seq')
    .execute();
  return plans.map((p) => ({
    id: p.id,
    householdId: p.household_id,
    planNo: p.plan_no,
    status: p.status as AidPlanStatus,
    responsibleCadreId: p.responsible_cadre_id,
    responsibleCadreName: p.display_name,
    plannedExitYear: p.planned_exit_year,
    signedAt: p.signed_at,
    signedVia: p.signed_via as PlanSignedVia | null,
    signerName: p.signer_name,
    signatureAttachmentId: p.signature_attachment_id,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    version: p.version,
    measures: measures
      .filter((m) => m.plan_id === p.id)
      .map((m) => ({
        id: m.id,
        seq: m.seq,
        kind: m.kind as AidMeasureKind,
        cause: m.cause as HardshipCause,
        description: m.description,
        targetDate: m.target_date,
        status: m.status as AidMeasureStatus,
        plannedAmountFen: m.planned_amount_fen,
      })),
  }));
}
