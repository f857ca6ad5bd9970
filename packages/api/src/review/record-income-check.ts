import { newId, withTransaction } from '@bangfu/db';
import type { IncomeCheckSchema } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { transitionHousehold } from '../identification/transition';
import { lockHouseholdForStep } from './lock-household';
import type { StepResult } from './record-democratic-review';
import { fieldError, type StaffContext } from './review-errors';

/**
 * 家庭经济状况核对: stores the centre's answer (summary encrypted). A discrepancy sends the
 * case back to survey; a clear result keeps it at INCOME_CHECK, ready for the notice.
 */
export async function recordIncomeCheck({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof IncomeCheckSchema>;
}): Promise<StepResult> {
  const now = ctx.now();
  if (input.respondedOn > businessDate(now)) {
    throw fieldError('respondedOn', '回复日期不能晚于今天', 'The response cannot be in the future');
  }
  return withTransaction(ctx.db, async (trx) => {
    const h = await lockHouseholdForStep(trx, {
      id: input.householdId,
      scopePath: ctx.actor.orgPath,
      expectedVersion: input.expectedVersion,
      event: 'INCOME_MISMATCH',
      at: 'INCOME_CHECK',
    });
    const id = newId(now.getTime());
    await trx
      .insertInto('income_check')
      .values({
        id,
        household_id: h.id,
        centre: input.centre,
        requested_on: input.requestedOn,
        responded_on: input.respondedOn,
        result_summary_enc: ctx.crypto.encrypt(input.resultSummary),
        discrepancy: input.discrepancy,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      })
      .execute();
    let result: StepResult;
    if (input.discrepancy) {
      const step = await transitionHousehold(trx, ctx, {
        householdId: h.id,
        event: 'INCOME_MISMATCH',
        expectedVersion: input.expectedVersion,
        payload: { incomeCheckId: id, centre: input.centre, respondedOn: input.respondedOn },
      });
      result = { id, status: step.to, version: step.version };
    } else {
      // No state change, but the file did change: the next writer must have read this result.
      const bumped = await trx
        .updateTable('household')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: now, updated_by: ctx.actor.userId }))
        .where('id', '=', h.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      result = { id, status: h.status, version: bumped.version };
    }
    await appendAudit(trx, ctx, {
      action: 'review.income_check',
      entityType: 'household',
      entityId: h.id,
      after: { incomeCheckId: id, centre: input.centre, discrepancy: input.discrepancy },
    });
    return result;
  });
}
