import { getEmployer, insertPosition, newId, withTransaction } from '@bangfu/db';
import type { PositionCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { employerNotFound, type SavedRecord, type StaffContext } from './employment-errors';
import { loadPosition } from './load-position';
import { positionColumns } from './position-columns';
import { positionSnapshot } from './position-dto';

/** 发布岗位: opens a position of an employer in the actor's scope; it is filed where the employer is. */
export async function createPosition({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: PositionCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const employer = await getEmployer(trx, { id: input.employerId, scopePath: ctx.actor.orgPath });
    if (!employer) throw employerNotFound();
    const id = newId(now.getTime());
    await insertPosition(trx, {
      id,
      employer_id: employer.id,
      org_path: employer.org_path,
      ...positionColumns(input),
      status: 'OPEN',
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    const after = await loadPosition(trx, { id, asOf: businessDate(now) });
    await appendAudit(trx, ctx, {
      action: 'position.create',
      entityType: 'position',
      entityId: id,
      after: positionSnapshot(after),
    });
    return { id, version: 1 };
  });
}
