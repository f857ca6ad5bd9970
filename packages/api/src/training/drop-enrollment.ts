import { getEnrollment, updateEnrollment, withTransaction } from '@bangfu/db';
import type { DropEnrollment } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { conflict, enrollmentNotFound, enrollmentVersionConflict } from './training-errors';

/** 退出培训: a member leaves a course before completing it; the place is freed. */
export async function dropEnrollment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: DropEnrollment;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const before = await getEnrollment(trx, {
      id: input.enrollmentId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (!before) throw enrollmentNotFound();
    if (before.version !== input.version) throw enrollmentVersionConflict();
    if (before.status !== 'ENROLLED') {
      throw conflict('只有在训的报名才能退出', 'Only an enrollment in training can be dropped');
    }
    const changed = await updateEnrollment(trx, {
      id: before.id,
      version: input.version,
      set: { status: 'DROPPED', updated_at: now },
    });
    if (changed !== 1) throw enrollmentVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'training_enrollment.drop',
      entityType: 'training_enrollment',
      entityId: before.id,
      before: { status: before.status },
      after: { status: 'DROPPED' },
    });
    return { id: before.id, version: input.version + 1 };
  });
}
