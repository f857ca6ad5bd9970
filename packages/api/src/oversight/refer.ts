import { newId, withTransaction } from '@bangfu/db';
import type { Refer } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { getOrgInScope } from '../common/scope';
import type { SavedRecord } from '../employment/employment-errors';
import type { StaffContext } from './oversight-context';

/** 线索转介: a volunteer points the union to a worker who may need help; the phone is encrypted. */
export async function refer({ ctx, input }: { ctx: StaffContext; input: Refer }): Promise<SavedRecord> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const id = newId(now.getTime());
    await trx
      .insertInto('volunteer_referral')
      .values({
        id,
        referred_by: ctx.actor.userId,
        org_id: org.id,
        org_path: org.path,
        person_name: input.personName,
        phone_enc: input.phone ? ctx.crypto.encrypt(input.phone) : null,
        phone_last4: input.phone ? input.phone.slice(-4) : null,
        address_note: input.addressNote,
        reason: input.reason,
        created_at: now,
      })
      .execute();
    // Personal data stays out of the audit trail: the row holds it, encrypted where sensitive.
    await appendAudit(trx, ctx, {
      action: 'referral.create',
      entityType: 'volunteer_referral',
      entityId: id,
      after: { orgId: org.id },
    });
    return { id, version: 1 };
  });
}
