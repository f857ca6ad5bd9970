import { newId, withTransaction } from '@bangfu/db';
import type { SubmitApplicationSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { lockHouseholdForStep } from './case-household';
import type { StaffContext } from './identification-errors';
import type { StepResult } from './step-result';
import { transitionHousehold } from './transition';

type SubmitApplication = z.output<typeof SubmitApplicationSchema>;

/** 申请: records the application with its consents and forms, then DRAFT|RETURNED → SUBMITTED. */
export async function submitApplication({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SubmitApplication;
}): Promise<StepResult> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const h = await lockHouseholdForStep(trx, ctx.actor, { ...input, event: 'SUBMIT' });
    const id = newId(now.getTime());
    await trx
      .insertInto('ident_application')
      .values({
        id,
        household_id: h.id,
        channel: input.channel,
        applied_on: input.appliedOn,
        consents: JSON.stringify(input.consents),
        income_commitment_signed: input.incomeCommitmentSigned,
        income_check_authorised: input.incomeCheckAuthorised,
        submitted_by: ctx.actor.userId,
        submitted_at: now,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'identification.application.submit',
      entityType: 'ident_application',
      entityId: id,
      after: {
        householdId: h.id,
        channel: input.channel,
        appliedOn: input.appliedOn,
        consents: input.consents,
      },
    });
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event: 'SUBMIT',
      expectedVersion: input.expectedVersion,
      payload: { applicationId: id, channel: input.channel, appliedOn: input.appliedOn },
    });
    return { householdId: h.id, status: step.to, version: step.version };
  });
}
