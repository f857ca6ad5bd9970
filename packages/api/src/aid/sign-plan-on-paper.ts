import { withTransaction } from '@bangfu/db';
import type { AidPlanSignOnPaper } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import { fieldError, planNotFound, type StaffContext } from './aid-errors';
import { type SignedPlan, signPlan } from './sign-plan';

/**
 * Records that the worker signed the plan on paper; the scan or photo must already be one of the
 * household's attachments (uploaded through identification.uploadAttachment).
 */
export async function signPlanOnPaper({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AidPlanSignOnPaper;
}): Promise<SignedPlan> {
  return withTransaction(ctx.db, async (trx) => {
    const plan = await trx
      .selectFrom('aid_plan')
      .select(['id', 'household_id'])
      .where('id', '=', input.planId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!plan) throw planNotFound();
    const attachment = await trx
      .selectFrom('attachment')
      .select('id')
      .where('id', '=', input.attachmentId)
      .where('household_id', '=', plan.household_id)
      .executeTakeFirst();
    if (!attachment) {
      throw fieldError(
        'attachmentId',
        '签字扫描件不属于该户档案',
        'The signed scan is not an attachment of this household',
      );
    }
    return signPlan(trx, ctx, {
      householdId: plan.household_id,
      planId: plan.id,
      expectedVersion: input.expectedVersion,
      via: 'PAPER',
      signerName: input.signerName,
      attachmentId: attachment.id,
    });
  });
}
