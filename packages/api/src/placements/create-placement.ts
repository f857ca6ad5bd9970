import { getEmployer, getPosition, insertPlacement, newId, withTransaction } from '@bangfu/db';
import { type PlacementCreate, retentionDueDate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import {
  employerNotFound,
  fieldError,
  positionNotFound,
  type SavedRecord,
  type StaffContext,
} from '../employment/employment-errors';
import { fillPosition } from '../employment/fill-position';
import { memberInScope } from '../training/household-in-scope';
import { conflict } from '../training/training-errors';

/**
 * 就业安置: records a member of a household in the actor's scope hired through the union. When
 * the hire is into a posted position, that position's filled count rises by the same rule as
 * recordHires, in the same transaction; a full position refuses it. The position may be anywhere:
 * the household, not the employer, decides whose record this is.
 */
export async function createPlacement({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PlacementCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const member = await memberInScope(trx, ctx.actor, input);
    const employer = await getEmployer(trx, { id: input.employerId });
    if (!employer) throw employerNotFound();
    let filled: number | null = null;
    if (input.positionId) {
      const position = await getPosition(trx, { id: input.positionId, forUpdate: true });
      if (!position) throw positionNotFound();
      if (position.employer_id !== employer.id) {
        throw fieldError('positionId', '岗位不属于该用人单位', 'The position is not with this employer');
      }
      if (position.filled >= position.headcount) {
        throw conflict('该岗位已招满', 'The position is already filled', { headcount: position.headcount });
      }
      filled = await fillPosition(trx, { before: position, count: 1, now });
    }
    const id = newId(now.getTime());
    const retentionDue = retentionDueDate(input.startDate);
    await insertPlacement(trx, {
      id,
      household_id: member.householdId,
      member_id: member.memberId,
      position_id: input.positionId,
      employer_id: employer.id,
      employer_name_snapshot: employer.name,
      start_date: input.startDate,
      monthly_wage_fen: input.monthlyWageFen,
      retention_due: retentionDue,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    await appendAudit(trx, ctx, {
      action: 'placement.create',
      entityType: 'placement',
      entityId: id,
      after: {
        householdId: member.householdId,
        memberId: member.memberId,
        employerId: employer.id,
        positionId: input.positionId,
        startDate: input.startDate,
        monthlyWageFen: input.monthlyWageFen,
        retentionDue,
        positionFilled: filled,
      },
    });
    return { id, version: 1 };
  });
}
