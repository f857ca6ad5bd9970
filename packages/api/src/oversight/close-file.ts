import { type Database, newId } from '@bangfu/db';
import { type ExitReason, type ExitType, followUpSchedule, needsFollowUp } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import type { StaffContext } from './oversight-context';

export interface CloseFileInput {
  householdId: string;
  orgPath: string;
  type: ExitType;
  reason: ExitReason;
  effectiveDate: string;
  reportToHigher: boolean;
  note: string | null;
  followUpMonths: number;
}

/**
 * The 脱困/注销 form (brief §3.1 step 11) written beside an exit the caller has already made,
 * with the monthly follow-up calls (跟踪回访). Nobody is called after a death or a correction.
 */
export async function closeFile(
  trx: Transaction<Database>,
  ctx: StaffContext,
  input: CloseFileInput,
): Promise<{ followUps: number }> {
  const now = ctx.now();
  await trx
    .insertInto('file_exit')
    .values({
      household_id: input.householdId,
      org_path: input.orgPath,
      type: input.type,
      reason: input.reason,
      effective_date: input.effectiveDate,
      report_to_higher: input.reportToHigher,
      decided_by: ctx.actor.userId,
      decided_at: now,
      note: input.note,
    })
    .execute();
  const dates = !needsFollowUp(input.reason)
    ? []
    : followUpSchedule(input.effectiveDate, input.followUpMonths);
  if (dates.length > 0) {
    await trx
      .insertInto('follow_up_call')
      .values(
        dates.map((dueOn, i) => ({
          id: newId(now.getTime()),
          household_id: input.householdId,
          org_path: input.orgPath,
          seq: i + 1,
          due_on: dueOn,
          done_on: null,
          outcome: null,
          note: null,
          called_by: null,
        })),
      )
      .execute();
  }
  return { followUps: dates.length };
}
