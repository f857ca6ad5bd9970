import { getCourse, hasEnrollment, insertEnrollment, newId, withTransaction } from '@bangfu/db';
import type { Enroll } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { memberInScope } from './household-in-scope';
import { conflict, courseNotFound } from './training-errors';

/**
 * 报名参训: a member of a household in the actor's scope joins a course. The course row is locked
 * so two enrolments cannot both take its last place; a member joins a course once.
 */
export async function enroll({ ctx, input }: { ctx: StaffContext; input: Enroll }): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const course = await getCourse(trx, { id: input.courseId, forUpdate: true });
    if (!course) throw courseNotFound();
    if (await hasEnrollment(trx, { courseId: course.id, memberId: member.memberId })) {
      throw conflict('该成员已报名此培训班', 'This member is already enrolled on the course');
    }
    const enrolled = Number(course.enrolled ?? 0);
    if (enrolled >= course.capacity) {
      throw conflict(
        `培训班名额已满(共${course.capacity}人)`,
        `The course is full (${course.capacity} places)`,
        {
          capacity: course.capacity,
          enrolled,
        },
      );
    }
    const id = newId(now.getTime());
    await insertEnrollment(trx, {
      id,
      course_id: course.id,
      household_id: member.householdId,
      member_id: member.memberId,
      status: 'ENROLLED',
      created_at: now,
      updated_at: now,
    });
    await appendAudit(trx, ctx, {
      action: 'training_enrollment.create',
      entityType: 'training_enrollment',
      entityId: id,
      after: { courseId: course.id, householdId: member.householdId, memberId: member.memberId },
    });
    return { id, version: 1 };
  });
}
