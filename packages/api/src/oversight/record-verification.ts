import { withTransaction } from '@bangfu/db';
import type { RecordVerification } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord } from '../employment/employment-errors';
import type { StaffContext } from './oversight-context';
import { conflict, staleRecord, visitNotFound } from './oversight-errors';

/** 核查结果: only the assigned volunteer records it, once; anyone else's visit reads as not found. */
export async function recordVerification({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordVerification;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const visit = await trx
      .selectFrom('verification_visit')
      .select(['id', 'status', 'version', 'household_id'])
      .where('id', '=', input.visitId)
      .where('volunteer_id', '=', ctx.actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!visit) throw visitNotFound();
    if (input.expectedVersion !== undefined && input.expectedVersion !== visit.version) {
      throw staleRecord('核查任务', 'verification visit');
    }
    if (visit.status !== 'ASSIGNED') throw conflict('该核查已完成', 'This visit is already done');
    const saved = await trx
      .updateTable('verification_visit')
      .set((eb) => ({
        status: 'DONE',
        findings: input.findings,
        outcome: input.outcome,
        completed_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', visit.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'verification.record',
      entityType: 'verification_visit',
      entityId: visit.id,
      before: { status: visit.status },
      after: { status: 'DONE', outcome: input.outcome, householdId: visit.household_id },
    });
    return { id: visit.id, version: saved.version };
  });
}
