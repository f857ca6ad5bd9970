import { getEnrollment, updateEnrollment, withTransaction } from '@bangfu/db';
import type { CompleteEnrollment } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fieldError, type SavedRecord, type StaffContext } from '../employment/employment-errors';
import { conflict, enrollmentNotFound, enrollmentVersionConflict } from './training-errors';

/** 结业: a member completes a course, with the skill grade obtained if one was assessed. */
export async function completeEnrollment({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompleteEnrollment;
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
      throw conflict('只有在训的报名才能结业', 'Only an enrollment in training can be completed');
    }
    if (input.completedOn < before.course_start_date) {
      throw fieldError(
        'completedOn',
        '结业日期不能早于开班日期',
        'Completion date is before the course starts',
      );
    }
    const attendanceDays = input.attendanceDays ?? before.attendance_days;
    const changed = await updateEnrollment(trx, {
      id: before.id,
      version: input.version,
      set: {
        status: 'COMPLETED',
        skill_grade: input.grade,
        completed_on: input.completedOn,
        attendance_days: attendanceDays,
        updated_at: now,
      },
    });
    if (changed !== 1) throw enrollmentVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'training_enrollment.complete',
      entityType: 'training_enrollment',
      entityId: before.id,
      before: { status: before.status },
      after: { status: 'COMPLETED', grade: input.grade, completedOn: input.completedOn, attendanceDays },
    });
    return { id: before.id, version: input.version + 1 };
  });
}
