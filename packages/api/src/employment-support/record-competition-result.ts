import { withTransaction } from '@bangfu/db';
import { type CompetitionResult, highestGrade, raisesGrade } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from '../employment/employment-errors';
import { getEntry } from './competition-queries';
import { listHouseholdGrades } from './grade-queries';
import { assertUpdated, assertVersion, entryNotFound, staleVersion } from './support-errors';

const stale = () => staleVersion('参赛记录', 'competition entry');

export interface GradedRecord {
  id: string;
  version: number;
  /** Whether the award lifted the member above every grade they held before. */
  raised: boolean;
}

/**
 * 比武成绩: the rank and the grade awarded. The grade is recorded on the entry the way 结业 records
 * it on an enrollment, so the member_skill_grade view (and matching's skills) sees it at once.
 */
export async function recordCompetitionResult({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompetitionResult;
}): Promise<GradedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await getEntry(trx, { id: input.entryId, scopePath: ctx.actor.orgPath, forUpdate: true });
    const before = assertVersion(found, input.version, entryNotFound, stale);
    const others = await listHouseholdGrades(trx, {
      householdId: before.household_id,
      memberId: before.member_id,
      exceptSourceId: before.id,
    });
    const current = highestGrade(others)?.grade ?? null;
    const r = await trx
      .updateTable('competition_entry')
      .set({
        rank: input.rank,
        grade_awarded: input.gradeAwarded,
        updated_at: now,
        version: input.version + 1,
      })
      .where('id', '=', before.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    assertUpdated(r.numUpdatedRows, stale);
    const raised = raisesGrade(current, input.gradeAwarded);
    await appendAudit(trx, ctx, {
      action: 'competition_entry.result',
      entityType: 'competition_entry',
      entityId: before.id,
      before: { rank: before.rank, gradeAwarded: before.grade_awarded },
      after: { rank: input.rank, gradeAwarded: input.gradeAwarded, previousGrade: current, raised },
    });
    return { id: before.id, version: input.version + 1, raised };
  });
}
