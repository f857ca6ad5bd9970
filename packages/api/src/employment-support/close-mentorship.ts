import { withTransaction } from '@bangfu/db';
import { highestGrade, type MentorshipClose, raisesGrade } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fieldError, type StaffContext } from '../employment/employment-errors';
import { listHouseholdGrades } from './grade-queries';
import { getMentorship } from './mentorship-queries';
import type { GradedRecord } from './record-competition-result';
import { assertUpdated, assertVersion, conflict, mentorshipNotFound, staleVersion } from './support-errors';

const stale = () => staleVersion('师徒带徒记录', 'mentorship');

/** 出师 with the grade reached (it joins the member's grades like 结业), or 终止 without one. */
export async function closeMentorship({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: MentorshipClose;
}): Promise<GradedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await getMentorship(trx, { id: input.id, scopePath: ctx.actor.orgPath, forUpdate: true });
    const before = assertVersion(found, input.version, mentorshipNotFound, stale);
    if (before.status !== 'ACTIVE') {
      throw conflict('该师徒关系已结束', 'The mentorship has already ended');
    }
    if (input.endedOn < before.start_date) {
      throw fieldError('endedOn', '结束日期不能早于拜师日期', 'The end date is before the start date');
    }
    const others = await listHouseholdGrades(trx, {
      householdId: before.household_id,
      memberId: before.member_id,
    });
    const current = highestGrade(others)?.grade ?? null;
    const r = await trx
      .updateTable('mentorship')
      .set({
        status: input.status,
        outcome_grade: input.outcomeGrade,
        ended_on: input.endedOn,
        updated_at: now,
        version: input.version + 1,
      })
      .where('id', '=', before.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    assertUpdated(r.numUpdatedRows, stale);
    const raised = raisesGrade(current, input.outcomeGrade);
    await appendAudit(trx, ctx, {
      action: 'mentorship.close',
      entityType: 'mentorship',
      entityId: before.id,
      before: { status: before.status },
      after: { status: input.status, outcomeGrade: input.outcomeGrade, endedOn: input.endedOn, raised },
    });
    return { id: before.id, version: input.version + 1, raised };
  });
}
