import { withTransaction } from '@bangfu/db';
import type { InternshipOutcomeUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fieldError, type SavedRecord, type StaffContext } from '../employment/employment-errors';
import { getInternship } from './internship-queries';
import { assertUpdated, assertVersion, conflict, internshipNotFound, staleVersion } from './support-errors';

const stale = () => staleVersion('实习记录', 'internship');

/** Ends an internship (留用 or not), or moves an ongoing one's end date, at the version read. */
export async function recordInternshipOutcome({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: InternshipOutcomeUpdate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await getInternship(trx, { id: input.id, scopePath: ctx.actor.orgPath, forUpdate: true });
    const before = assertVersion(found, input.version, internshipNotFound, stale);
    if (before.outcome !== 'ONGOING') {
      throw conflict('该实习已结束', 'The internship has already ended');
    }
    if (input.outcome !== 'ONGOING' && input.endDate === null) {
      throw fieldError('endDate', '结束实习须填写结束日期', 'An ended internship needs its end date');
    }
    if (input.endDate !== null && input.endDate < before.start_date) {
      throw fieldError('endDate', '结束日期不能早于开始日期', 'The end date is before the start date');
    }
    const r = await trx
      .updateTable('internship')
      .set({ outcome: input.outcome, end_date: input.endDate, updated_at: now, version: input.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    assertUpdated(r.numUpdatedRows, stale);
    await appendAudit(trx, ctx, {
      action: 'internship.outcome',
      entityType: 'internship',
      entityId: before.id,
      before: { outcome: before.outcome, endDate: before.end_date },
      after: { outcome: input.outcome, endDate: input.endDate },
    });
    return { id: before.id, version: input.version + 1 };
  });
}
