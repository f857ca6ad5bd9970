import { newId, withTransaction } from '@bangfu/db';
import type { AffectedWorkerCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { StaffContext } from '../employment/employment-errors';
import { householdInScope } from '../training/household-in-scope';
import { getEnterprise } from './enterprise-queries';
import { conflict, enterpriseNotFound } from './support-errors';

/**
 * Links an affected worker's household in the actor's scope to an enterprise the actor sees (one of
 * their subtree or one filed above them). The enterprise row is not changed, so no version is taken.
 */
export async function linkAffectedWorker({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: AffectedWorkerCreate;
}): Promise<{ id: string }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const household = await householdInScope(trx, ctx.actor, input.householdId);
    const enterprise = await getEnterprise(trx, { id: input.enterpriseId, scopePath: ctx.actor.orgPath });
    if (!enterprise) throw enterpriseNotFound();
    const taken = await trx
      .selectFrom('enterprise_affected_worker')
      .select('id')
      .where('enterprise_id', '=', enterprise.id)
      .where('household_id', '=', household.id)
      .executeTakeFirst();
    if (taken) throw conflict('该家庭已关联此企业', 'This household is already linked to the enterprise');
    const id = newId(now.getTime());
    await trx
      .insertInto('enterprise_affected_worker')
      .values({
        id,
        enterprise_id: enterprise.id,
        household_id: household.id,
        note: input.note,
        created_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'enterprise_affected_worker.create',
      entityType: 'struggling_enterprise',
      entityId: enterprise.id,
      after: { linkId: id, householdId: household.id },
    });
    return { id };
  });
}
