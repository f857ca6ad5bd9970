import { getMember, withTransaction } from '@bangfu/db';
import { DomainError, RevealPurpose } from '@bangfu/domain';
import { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { notFound } from '../common/scope';
import type { Context, StaffActor } from '../context';
import { loadHousehold } from './load-household';

type StaffContext = Context & { actor: StaffActor };

export const RevealIdNumberSchema = z.object({
  householdId: z.uuid(),
  memberId: z.uuid(),
  purpose: z.enum(RevealPurpose),
});
export const RevealBankAccountSchema = z.object({ householdId: z.uuid(), purpose: z.enum(RevealPurpose) });

/**
 * Shows one member's full ID number to a permitted role, and logs who saw it, when, from where
 * and why (PIPL art. 51; brief §11.5). The log row commits with the read.
 */
export async function revealIdNumber({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof RevealIdNumberSchema>;
}): Promise<{ idNumber: string }> {
  return withTransaction(ctx.db, async (trx) => {
    await loadHousehold(trx, ctx.crypto, { id: input.householdId, scopePath: ctx.actor.orgPath });
    const member = await getMember(trx, input);
    if (!member) throw notFound({ zh: '家庭成员不存在', en: 'Member not found' });
    await appendAudit(trx, ctx, {
      action: 'household.reveal_id_number',
      entityType: 'household',
      entityId: input.householdId,
      after: { memberId: member.id, field: 'idNumber' },
      purpose: input.purpose,
    });
    return { idNumber: ctx.crypto.decrypt(member.id_number_enc) };
  });
}

export async function revealBankAccount({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.infer<typeof RevealBankAccountSchema>;
}): Promise<{ accountNumber: string }> {
  return withTransaction(ctx.db, async (trx) => {
    await loadHousehold(trx, ctx.crypto, { id: input.householdId, scopePath: ctx.actor.orgPath });
    const row = await trx
      .selectFrom('household')
      .select('bank_account_enc')
      .where('id', '=', input.householdId)
      .executeTakeFirst();
    if (!row?.bank_account_enc) {
      throw new DomainError('NOT_FOUND', { zh: '未登记银行账户', en: 'No bank account on file' });
    }
    await appendAudit(trx, ctx, {
      action: 'household.reveal_bank_account',
      entityType: 'household',
      entityId: input.householdId,
      after: { field: 'bankAccount' },
      purpose: input.purpose,
    });
    return { accountNumber: ctx.crypto.decrypt(row.bank_account_enc) };
  });
}
