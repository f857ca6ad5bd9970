import { withTransaction } from '@bangfu/db';
import { DomainError, maskPhone, type StaffPhoneUpdate } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import type { Context, StaffActor } from '../context';

/**
 * A staff member sets (or clears) their own work phone, which contact cards print for the
 * households they are responsible cadre of. Stored encrypted; the audit keeps it masked.
 */
export async function updateMyStaffPhone({
  ctx,
  input,
}: {
  ctx: Context & { actor: StaffActor };
  input: StaffPhoneUpdate;
}): Promise<{ phone: string | null; version: number }> {
  const masked = input.phone ? maskPhone(input.phone) : null;
  return withTransaction(ctx.db, async (trx) => {
    const before = await trx
      .selectFrom('staff_user')
      .select(['id', 'phone_last4'])
      .where('id', '=', ctx.actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new DomainError('NOT_FOUND', { zh: '用户不存在', en: 'User not found' });
    const updated = await trx
      .updateTable('staff_user')
      .set((eb) => ({
        phone_enc: input.phone ? ctx.crypto.encrypt(input.phone) : null,
        phone_last4: input.phone ? input.phone.slice(-4) : null,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', before.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'auth.update_my_phone',
      entityType: 'staff_user',
      entityId: before.id,
      before: { phoneLast4: before.phone_last4 },
      after: { phone: masked },
    });
    return { phone: masked, version: updated.version };
  });
}
