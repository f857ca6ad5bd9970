import { withTransaction } from '@bangfu/db';
import type { EnterpriseUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { SavedRecord, StaffContext } from '../employment/employment-errors';
import { getEnterprise } from './enterprise-queries';
import { assertUpdated, assertVersion, enterpriseNotFound, staleVersion } from './support-errors';

const stale = () => staleVersion('困难企业', 'enterprise');

/** New counts, measures and status for an enterprise in scope, at the version read. */
export async function updateEnterprise({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: EnterpriseUpdate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const found = await getEnterprise(trx, { id: input.id, scopePath: ctx.actor.orgPath, forUpdate: true });
    const before = assertVersion(found, input.version, enterpriseNotFound, stale);
    const set = {
      workers_total: input.workersTotal,
      workers_affected: input.workersAffected,
      status: input.status,
    };
    const r = await trx
      .updateTable('struggling_enterprise')
      .set({ ...set, measures: JSON.stringify(input.measures), updated_at: now, version: input.version + 1 })
      .where('id', '=', before.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    assertUpdated(r.numUpdatedRows, stale);
    await appendAudit(trx, ctx, {
      action: 'struggling_enterprise.update',
      entityType: 'struggling_enterprise',
      entityId: before.id,
      before: {
        workers_total: before.workers_total,
        workers_affected: before.workers_affected,
        status: before.status,
        measures: before.measures,
      },
      after: { ...set, measures: input.measures },
    });
    return { id: before.id, version: input.version + 1 };
  });
}
