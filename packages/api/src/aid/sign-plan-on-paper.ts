import { withTransaction } from '@bangfu/db';
import { type AidPlanSignOnPaper, AttachmentKind } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import { fieldError, planNotFound, type StaffContext } from './aid-errors';
import { type SignedPlan, signPlan } from './sign-plan';

const SIGNED_PLAN: AttachmentKind = 'SIGNED_PLAN';

/**
 * Records that the worker signed the plan on paper; the scan or photo must already be one of the
 * household's attachments, uploaded through identification.uploadAttachment as a SIGNED_PLAN.
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
      .select(['id', 'kind'])
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
    if (attachment.kind !== SIGNED_PLAN) {
      throw fieldError(
        'attachmentId',
        `附件类型须为"${AttachmentKind.labels[SIGNED_PLAN].zh}"`,
        `The attachment must be of kind "${AttachmentKind.labels[SIGNED_PLAN].en}"`,
        { kind: attachment.kind },
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
