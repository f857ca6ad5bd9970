import { getPlacement, updatePlacement, withTransaction } from '@bangfu/db';
import type { RetentionCheck } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { fieldError, type SavedRecord, type StaffContext } from '../employment/employment-errors';
import { conflict, placementNotFound, placementVersionConflict } from '../training/training-errors';

/** 稳岗回访: records whether a placed worker is still employed; it feeds the exit assessment. */
export async function checkRetention({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RetentionCheck;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const before = await getPlacement(trx, { id: input.id, scopePath: ctx.actor.orgPath, forUpdate: true });
    if (!before) throw placementNotFound();
    if (before.version !== input.version) throw placementVersionConflict();
    if (before.retention_checked_on !== null) {
      throw conflict('该安置已完成稳岗回访', 'The retention check has already been recorded');
    }
    if (input.checkedOn < before.start_date) {
      throw fieldError('checkedOn', '回访日期不能早于入职日期', 'Check date is before the start date');
    }
    const changed = await updatePlacement(trx, {
      id: before.id,
      version: input.version,
      set: { retention_checked_on: input.checkedOn, retained: input.retained, updated_at: now },
    });
    if (changed !== 1) throw placementVersionConflict();
    await appendAudit(trx, ctx, {
      action: 'placement.check_retention',
      entityType: 'placement',
      entityId: before.id,
      before: { retentionCheckedOn: null, retained: null },
      after: { retentionCheckedOn: input.checkedOn, retained: input.retained },
    });
    return { id: before.id, version: input.version + 1 };
  });
}
