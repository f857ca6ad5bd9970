import { newId, withTransaction } from '@bangfu/db';
import type { TrainingSessionCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { subtreePattern } from '../common/scope';
import { fieldError, type StaffContext } from '../employment/employment-errors';
import { courseNotFound } from '../training/training-errors';
import type { Executor } from './support-executor';

/** 培训场次: records a session of a course run by a union in the actor's subtree, with its 人次. */
export async function recordTrainingSession({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: TrainingSessionCreate;
}): Promise<{ id: string }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const course = await trx
      .selectFrom('training_course')
      .select(['id', 'org_path', 'start_date', 'end_date'])
      .where('id', '=', input.courseId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .executeTakeFirst();
    if (!course) throw courseNotFound();
    if (input.heldOn < course.start_date || input.heldOn > course.end_date) {
      throw fieldError('heldOn', '场次日期须在培训班起止日期内', 'The session is outside the course dates');
    }
    const id = newId(now.getTime());
    const columns = { held_on: input.heldOn, topic: input.topic, attendance: input.attendance };
    await trx
      .insertInto('training_session')
      .values({
        id,
        course_id: course.id,
        org_path: course.org_path,
        ...columns,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'training_session.create',
      entityType: 'training_course',
      entityId: course.id,
      after: { sessionId: id, ...columns },
    });
    return { id };
  });
}

export interface TrainingSessionDto {
  id: string;
  heldOn: string;
  topic: string;
  attendance: number;
}

/** A course's sessions in date order (courses are programme information every reader sees). */
export async function listTrainingSessions(
  db: Executor,
  input: { courseId: string },
): Promise<TrainingSessionDto[]> {
  const rows = await db
    .selectFrom('training_session')
    .select(['id', 'held_on', 'topic', 'attendance'])
    .where('course_id', '=', input.courseId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, heldOn: r.held_on, topic: r.topic, attendance: r.attendance }));
}
