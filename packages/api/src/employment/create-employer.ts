import { insertEmployer, newId, withTransaction } from '@bangfu/db';
import type { EmployerCreate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import { employerSnapshot } from './employer-dto';
import type { SavedRecord, StaffContext } from './employment-errors';
import { loadEmployer } from './load-employer';

/** 登记用人单位: files an employer under a union in the actor's scope; the contact phone is encrypted. */
export async function createEmployer({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: EmployerCreate;
}): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const id = newId(now.getTime());
    await insertEmployer(trx, {
      id,
      org_id: org.id,
      org_path: org.path,
      name: input.name,
      division_code: input.divisionCode,
      industry: input.industry,
      address: input.address,
      contact_name: input.contactName,
      contact_phone_enc: input.contactPhone ? ctx.crypto.encrypt(input.contactPhone) : null,
      contact_phone_last4: input.contactPhone ? input.contactPhone.slice(-4) : null,
      created_at: now,
      updated_at: now,
      created_by: ctx.actor.userId,
    });
    const after = await loadEmployer(trx, ctx.crypto, { id });
    await appendAudit(trx, ctx, {
      action: 'employer.create',
      entityType: 'employer',
      entityId: id,
      after: employerSnapshot(after),
    });
    return { id, version: 1 };
  });
}
