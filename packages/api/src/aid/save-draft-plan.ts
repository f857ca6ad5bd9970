import { type Database, newId, withTransaction } from '@bangfu/db';
import { AID_ELIGIBLE_STATUSES, type AidPlanSaveDraft, DomainError } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { fieldError, type StaffContext, versionConflict } from './aid-errors';
import { type AidHousehold, lockAidHousehold } from './lock-household';

const PLAN = { zh: '帮扶计划', en: 'aid plan' };

export interface SavedPlan {
  planId: string;
  planNo: number;
  version: number;
}

/** The responsible cadre (结对帮扶责任人) is an active staff member over the household or in scope. */
async function assertCadre(
  trx: Transaction<Database>,
  ctx: StaffContext,
  household: AidHousehold,
  id: string,
) {
  const cadre = await trx
    .selectFrom('staff_user as s')
    .innerJoin('org_unit as o', 'o.id', 's.org_id')
    .select(['s.active', 'o.path'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  const ok =
    cadre?.active && (household.orgPath.startsWith(cadre.path) || cadre.path.startsWith(ctx.actor.orgPath));
  if (!ok) {
    throw fieldError(
      'responsibleCadreId',
      '帮扶责任人不存在或不在本辖区',
      'Responsible cadre not found in your area',
    );
  }
}

/**
 * Saves the household's draft plan (一户一计划). Editing the draft needs the version read; when
 * a signed plan exists, a new draft plan_no + 1 is started and the signed one stays in force
 * until the worker signs the new one.
 */
export async function saveDraftPlan({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AidPlanSaveDraft;
}): Promise<SavedPlan> {
  return withTransaction(ctx.db, async (trx) => {
    const household = await lockAidHousehold(trx, ctx, input.householdId);
    if (!AID_ELIGIBLE_STATUSES.includes(household.status)) {
      throw new DomainError(
        'NOT_ELIGIBLE',
        {
          zh: '先建档、后帮扶:档案建档后才能制定帮扶计划',
          en: 'File first: plans are drawn up for filed households',
        },
        { status: household.status },
      );
    }
    await assertCadre(trx, ctx, household, input.responsibleCadreId);
    const draft = await trx
      .selectFrom('aid_plan')
      .select(['id', 'plan_no', 'version'])
      .where('household_id', '=', household.id)
      .where('status', '=', 'DRAFT')
      .forUpdate()
      .executeTakeFirst();
    // Editing needs the draft's version; starting a draft must not overwrite one someone else began.
    if ((draft?.version ?? undefined) !== input.expectedVersion) throw versionConflict(PLAN);
    const now = ctx.now();
    const fields = {
      responsible_cadre_id: input.responsibleCadreId,
      planned_exit_year: input.plannedExitYear,
      updated_at: now,
    };
    let saved: SavedPlan;
    if (draft) {
      const row = await trx
        .updateTable('aid_plan')
        .set((eb) => ({ ...fields, version: eb('version', '+', 1) }))
        .where('id', '=', draft.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('aid_plan_measure').where('plan_id', '=', draft.id).execute();
      saved = { planId: draft.id, planNo: draft.plan_no, version: row.version };
    } else {
      const last = await trx
        .selectFrom('aid_plan')
        .select((eb) => eb.fn.max('plan_no').as('n'))
        .where('household_id', '=', household.id)
        .executeTakeFirst();
      const planNo = Number(last?.n ?? 0) + 1;
      const planId = newId(now.getTime());
      await trx
        .insertInto('aid_plan')
        .values({
          ...fields,
          id: planId,
          household_id: household.id,
          org_path: household.orgPath,
          plan_no: planNo,
          status: 'DRAFT',
          created_by: ctx.actor.userId,
          created_at: now,
        })
        .execute();
      saved = { planId, planNo, version: 1 };
    }
    await trx
      .insertInto('aid_plan_measure')
      .values(
        input.measures.map((m, i) => ({
          id: newId(now.getTime()),
          plan_id: saved.planId,
          seq: i + 1,
          kind: m.kind,
          cause: m.cause,
          description: m.description,
          target_date: m.targetDate,
          status: m.status,
          planned_amount_fen: m.plannedAmountFen,
        })),
      )
      .execute();
    await appendAudit(trx, ctx, {
      action: draft ? 'aid.plan.update_draft' : 'aid.plan.create_draft',
      entityType: 'aid_plan',
      entityId: saved.planId,
      after: { ...input, ...saved },
    });
    return saved;
  });
}
