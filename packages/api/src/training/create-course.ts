import { insertCourse, newId, withTransaction } from '@bangfu/db';
import type { CourseCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';

/** 开设培训班: a course run by a union in the actor's subtree, filed under it. */
export async function createCourse({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CourseCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const id = newId(now.getTime());
    const columns = {
      title: input.title,
      category: input.category,
      skill: input.skill,
      partner: input.partner,
      start_date: input.startDate,
      end_date: input.endDate,
      capacity: input.capacity,
      certificate: input.certificate,
    };
    await insertCourse(trx, {
      id,
      org_id: org.id,
      org_path: org.path,
      ...columns,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await appendAudit(trx, ctx, {
      action: 'training_course.create',
      entityType: 'training_course',
      entityId: id,
      after: columns,
    });
    return { id, version: 1 };
  });
}
