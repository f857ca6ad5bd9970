import { getEmployer, newId, withTransaction } from '@bangfu/db';
import type { EnterpriseCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import { employerNotFound, type SavedRecord, type StaffContext } from '../employment/employment-errors';

/** 困难企业: files an enterprise in difficulty under a union in the actor's subtree. */
export async function createEnterprise({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: EnterpriseCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    if (input.employerId && !(await getEmployer(trx, { id: input.employerId }))) throw employerNotFound();
    const id = newId(now.getTime());
    const columns = {
      employer_id: input.employerId,
      name: input.name,
      industry_union: input.industryUnion,
      division_code: input.divisionCode,
      reason: input.reason,
      workers_total: input.workersTotal,
      workers_affected: input.workersAffected,
      reported_on: input.reportedOn,
    };
    await trx
      .insertInto('struggling_enterprise')
      .values({
        id,
        org_id: org.id,
        org_path: org.path,
        ...columns,
        measures: JSON.stringify(input.measures),
        created_at: now,
        updated_at: now,
        created_by: ctx.actor.userId,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'struggling_enterprise.create',
      entityType: 'struggling_enterprise',
      entityId: id,
      after: { orgId: org.id, ...columns, measures: input.measures },
    });
    return { id, version: 1 };
  });
}
