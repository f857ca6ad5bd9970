import { withTransaction } from '@bangfu/db';
import { type SignedPlan, signPlanAsWorker } from '../../aid/sign-plan';
import { appendAudit } from '../../audit/append-audit';
import { workerAuditContext } from '../auth/worker-audit';
import type { WorkerContext } from './worker-context';

/**
 * The worker signs their draft plan. The household comes from the session, never the input:
 * a plan id of another household is simply not found (signPlan looks it up within the household).
 */
export async function signMyPlan({
  ctx,
  input,
}: {
  ctx: WorkerContext;
  input: { planId: string; expectedVersion: number };
}): Promise<SignedPlan> {
  return withTransaction(ctx.db, async (trx) => {
    const signed = await signPlanAsWorker(trx, ctx, {
      householdId: ctx.worker.householdId,
      planId: input.planId,
      expectedVersion: input.expectedVersion,
    });
    // The aid log has no actor for a portal signature; this event names the worker who signed.
    await appendAudit(trx, workerAuditContext(ctx, ctx.worker), {
      action: 'portal.sign_plan',
      entityType: 'household',
      entityId: ctx.worker.householdId,
      after: { planId: signed.planId },
    });
    return signed;
  });
}
