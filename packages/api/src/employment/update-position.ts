import { withTransaction, updatePosition as writePosition } from '@bangfu/db';
import type { PositionUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import {
  fieldError,
  positionVersionConflict,
  type SavedRecord,
  type StaffContext,
} from './employment-errors';
import { lockPositionInScope } from './load-position';
import { positionColumns } from './position-columns';
import { positionSnapshot, toPositionDto } from './position-dto';

/**
 * Edits a position. The caller sends the version it read; a stale version is refused and nothing
 * changes. The employer stays (post a new position for another one); the headcount cannot drop
 * below the workers already hired.
 */
export async function updatePosition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PositionUpdate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  const asOf = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const before = await lockPositionInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    if (before.version !== input.version) throw positionVersionConflict();
    if (input.employerId !== before.employer_id) {
      throw fieldError('employerId', '岗位的用人单位不能更改', "A position's employer cannot change");
    }
    if (input.headcount < before.filled) {
      throw fieldError(
        'headcount',
        `招聘人数不能少于已录用的${before.filled}人`,
        `Headcount cannot be below the ${before.filled} already hired`,
        { filled: before.filled },
      );
    }
    const { id: _id, version: _v, employerId: _e, ...fields } = input;
    const changed = await writePosition(trx, {
      id: input.id,
      version: input.version,
      set: { ...positionColumns(fields), updated_at: now },
    });
    if (changed !== 1) throw positionVersionConflict();
    const after = await lockPositionInScope(trx, { id: input.id, scopePath: ctx.actor.orgPath });
    await appendAudit(trx, ctx, {
      action: 'position.update',
      entityType: 'position',
      entityId: input.id,
      before: positionSnapshot(toPositionDto(before, asOf)),
      after: positionSnapshot(toPositionDto(after, asOf)),
    });
    return { id: input.id, version: after.version };
  });
}
