import { newId, withTransaction } from '@bangfu/db';
import type { MentorshipCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { memberInScope } from '../training/household-in-scope';

/** 师徒带徒: a master craftsman takes on a member of a household in scope. */
export async function createMentorship({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: MentorshipCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const id = newId(now.getTime());
    const columns = {
      mentor_name: input.mentorName,
      mentor_unit: input.mentorUnit,
      trade: input.trade,
      start_date: input.startDate,
      target_grade: input.targetGrade,
    };
    await trx
      .insertInto('mentorship')
      .values({
        id,
        household_id: member.householdId,
        member_id: member.memberId,
        ...columns,
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'mentorship.create',
      entityType: 'mentorship',
      entityId: id,
      // The mentor's name is personal data of a third party: the audit keeps only the unit.
      after: {
        householdId: member.householdId,
        memberId: member.memberId,
        mentorUnit: input.mentorUnit,
        trade: input.trade,
        startDate: input.startDate,
        targetGrade: input.targetGrade,
      },
    });
    return { id, version: 1 };
  });
}
