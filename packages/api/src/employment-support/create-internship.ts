import { getEmployer, getPosition, newId, withTransaction } from '@bangfu/db';
import type { InternshipCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import {
  employerNotFound,
  fieldError,
  positionNotFound,
  type SavedRecord,
  type StaffContext,
} from '../employment/employment-errors';
import { memberInScope } from '../training/household-in-scope';
import { insertInternship } from './internship-queries';

/** 实习顶岗: a member of a household in scope starts training on the job at a local employer. */
export async function createInternship({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: InternshipCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const employer = await getEmployer(trx, { id: input.employerId });
    if (!employer) throw employerNotFound();
    if (input.positionId) {
      const position = await getPosition(trx, { id: input.positionId });
      if (!position) throw positionNotFound();
      if (position.employer_id !== employer.id) {
        throw fieldError('positionId', '岗位不属于该用人单位', 'The position is not with this employer');
      }
    }
    const id = newId(now.getTime());
    const columns = {
      employer_id: employer.id,
      position_id: input.positionId,
      start_date: input.startDate,
      end_date: input.endDate,
      stipend_fen: input.stipendFen,
      mentor_name: input.mentorName,
    };
    await insertInternship(trx, {
      id,
      household_id: member.householdId,
      member_id: member.memberId,
      employer_name_snapshot: employer.name,
      ...columns,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await appendAudit(trx, ctx, {
      action: 'internship.create',
      entityType: 'internship',
      entityId: id,
      after: { householdId: member.householdId, memberId: member.memberId, ...columns },
    });
    return { id, version: 1 };
  });
}
