import type { Database } from '@bangfu/db';
import { AID_ELIGIBLE_STATUSES, DomainError, type PlanSignedVia } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import { type AidContext, planNotFound, versionConflict, wrongState } from './aid-errors';
import { lockAidHousehold } from './lock-household';

const PLAN = { zh: '帮扶计划', en: 'aid plan' };

export interface SignPlanInput {
  readonly householdId: string;
  readonly planId: string;
  readonly expectedVersion: number;
}

export interface SignedPlan {
  readonly planId: string;
  readonly signedAt: string;
}

/**
 * Marks a household's draft plan as signed by the worker (毕节: the worker signs the plan
 * before aid starts) and supersedes the plan signed before it. Runs in the caller's transaction.
 */
export async function signPlan(
  trx: Transaction<Database>,
  ctx: AidContext,
  input: SignPlanInput & { via: PlanSignedVia; signerName: string | null; attachmentId: string | null },
): Promise<SignedPlan> {
  const household = await lockAidHousehold(trx, ctx, input.householdId);
  const plan = await trx
    .selectFrom('aid_plan')
    .select(['id', 'status', 'version', 'plan_no'])
    .where('id', '=', input.planId)
    .where('household_id', '=', household.id)
    .forUpdate()
    .executeTakeFirst();
  if (!plan) throw planNotFound();
  if (plan.version !== input.expectedVersion) throw versionConflict(PLAN);
  if (plan.status !== 'DRAFT') throw wrongState(PLAN, plan.status);
  if (!AID_ELIGIBLE_STATUSES.includes(household.status)) {
    throw new DomainError(
      'NOT_ELIGIBLE',
      { zh: '档案未处于已建档状态,不能签订帮扶计划', en: 'Only a filed household can sign an aid plan' },
      { status: household.status },
    );
  }
  const now = ctx.now();
  // The old plan steps aside first: at most one SIGNED plan per household (partial unique index).
  const superseded = await trx
    .updateTable('aid_plan')
    .set((eb) => ({ status: 'SUPERSEDED', updated_at: now, version: eb('version', '+', 1) }))
    .where('household_id', '=', household.id)
    .where('status', '=', 'SIGNED')
    .returning('id')
    .execute();
  await trx
    .updateTable('aid_plan')
    .set((eb) => ({
      status: 'SIGNED',
      signed_at: now,
      signed_via: input.via,
      signer_name: input.signerName ?? household.headName,
      signature_attachment_id: input.attachmentId,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', plan.id)
    .execute();
  await appendAudit(trx, ctx, {
    action: 'aid.plan.sign',
    entityType: 'aid_plan',
    entityId: plan.id,
    before: { status: 'DRAFT' },
    after: {
      status: 'SIGNED',
      via: input.via,
      planNo: plan.plan_no,
      superseded: superseded.map((s) => s.id),
    },
  });
  return { planId: plan.id, signedAt: now.toISOString() };
}

/**
 * The worker signs their draft plan in the portal. There is no staff actor (ctx.actor is null):
 * the portal has already established that the worker belongs to `householdId`.
 */
export async function signPlanAsWorker(
  trx: Transaction<Database>,
  ctx: AidContext,
  input: SignPlanInput,
): Promise<SignedPlan> {
  return signPlan(
    trx,
    { ...ctx, actor: null },
    { ...input, via: 'PORTAL', signerName: null, attachmentId: null },
  );
}
