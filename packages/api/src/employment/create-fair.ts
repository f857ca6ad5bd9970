import { getFair, insertFair, newId, withTransaction } from '@bangfu/db';
import type { FairCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import type { SavedRecord, StaffContext } from './employment-errors';
import { fairSnapshot, toFairDto } from './fair-dto';

/** 筹备招聘会: a fair in preparation, organised by a union in the actor's scope. */
export async function createFair({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FairCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.organiserOrgId);
    const id = newId(now.getTime());
    await insertFair(trx, {
      id,
      organiser_org_id: org.id,
      org_path: org.path,
      name: input.name,
      programme: input.programme,
      division_code: input.divisionCode,
      venue: input.venue,
      start_date: input.startDate,
      end_date: input.endDate,
      status: 'DRAFT',
      published_at: null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    const after = await getFair(trx, { id });
    await appendAudit(trx, ctx, {
      action: 'fair.create',
      entityType: 'job_fair',
      entityId: id,
      after: after ? fairSnapshot(toFairDto(after)) : null,
    });
    return { id, version: 1 };
  });
}
