import { claimIdNumbers, listMembers, newId, withTransaction } from '@bangfu/db';
import { DomainError, type HouseholdStatus, type HouseholdUpdate, isActiveStatus } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { Context, StaffActor } from '../context';
import { type SavedHousehold, toSnapshot } from './household-dto';
import { householdColumns } from './household-rows';
import { duplicateIdError } from './id-conflict';
import { loadHousehold } from './load-household';
import { identify, identityColumns, plainMemberColumns } from './member-rows';
import { saveMembers } from './save-members';

type StaffContext = Context & { actor: StaffActor };

const versionConflict = (): DomainError =>
  new DomainError('VERSION_CONFLICT', {
    zh: '该档案已被他人修改,请刷新后重新编辑',
    en: 'Someone else changed this household; reload and edit again',
  });

/**
 * Edits a household file. The caller sends the version it read; a stale version is rejected
 * and nothing is overwritten. Members keep their ids; a member sent without an ID number keeps
 * the stored (encrypted) one, so an edit never needs to reveal it.
 */
export async function updateHousehold({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: HouseholdUpdate;
}): Promise<SavedHousehold> {
  const now = ctx.now();
  const asOf = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const before = await loadHousehold(trx, ctx.crypto, {
      id: input.id,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    if (before.version !== input.version) throw versionConflict();
    const existing = new Map((await listMembers(trx, { householdId: input.id })).map((m) => [m.id, m]));
    const rows = input.members.map((m, i) => {
      const memberId = m.id ?? newId(now.getTime());
      const old = m.id ? existing.get(m.id) : undefined;
      if (m.id && !old) {
        throw new DomainError(
          'VALIDATION',
          { zh: '家庭成员不存在', en: 'Unknown family member' },
          {
            fieldErrors: { [`members.${i}.id`]: ['家庭成员不存在 / unknown member'] },
          },
        );
      }
      const identity = m.idNumber
        ? identityColumns(ctx.crypto, identify(m.idNumber, asOf, i))
        : {
            id_number_enc: old!.id_number_enc,
            id_number_bidx: old!.id_number_bidx,
            id_prefix6: old!.id_prefix6,
            id_last4: old!.id_last4,
            sex: old!.sex,
            birth_date: old!.birth_date,
          };
      const keptPhone =
        m.phone === undefined && old ? { phone_enc: old.phone_enc, phone_last4: old.phone_last4 } : {};
      return {
        id: memberId,
        household_id: input.id,
        seq: i + 1,
        ...plainMemberColumns(ctx.crypto, m),
        ...keptPhone,
        ...identity,
      };
    });
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const j = seen.get(r.id_number_bidx);
      if (j !== undefined) {
        throw new DomainError(
          'VALIDATION',
          { zh: '成员身份证号重复', en: 'Two members share an ID number' },
          {
            fieldErrors: { [`members.${i}.idNumber`]: [`与第${j + 1}位成员重复 / same as member ${j + 1}`] },
          },
        );
      }
      seen.set(r.id_number_bidx, i);
    });
    const stored = await trx
      .selectFrom('household')
      .select('bank_account_enc')
      .where('id', '=', input.id)
      .executeTakeFirstOrThrow();
    const columns = householdColumns(ctx.crypto, input);
    if (input.bankAccount && !input.bankAccount.accountNumber) {
      if (!stored.bank_account_enc) {
        throw new DomainError(
          'VALIDATION',
          { zh: '请填写银行卡号', en: 'Bank account number is required' },
          {
            fieldErrors: { 'bankAccount.accountNumber': ['请填写银行卡号 / account number is required'] },
          },
        );
      }
      columns.bank_account_enc = stored.bank_account_enc;
      columns.bank_account_last4 = before.bankAccount?.accountMasked.slice(-4) ?? null;
    }
    const updated = await trx
      .updateTable('household')
      .set({ ...columns, updated_at: now, updated_by: ctx.actor.userId, version: input.version + 1 })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw versionConflict();
    await saveMembers(trx, input.id, rows, [...existing.keys()]);
    if (isActiveStatus(before.status as HouseholdStatus)) {
      const taken = await claimIdNumbers(trx, {
        householdId: input.id,
        members: rows.map((r) => ({ bidx: r.id_number_bidx, memberId: r.id })),
      });
      if (taken[0]) {
        const index = rows.findIndex((r) => r.id_number_bidx === taken[0]);
        throw await duplicateIdError(trx, ctx.actor, taken[0], index);
      }
    }
    const after = await loadHousehold(trx, ctx.crypto, { id: input.id, scopePath: ctx.actor.orgPath });
    await appendAudit(trx, ctx, {
      action: 'household.update',
      entityType: 'household',
      entityId: input.id,
      before: toSnapshot(before),
      after: toSnapshot(after),
    });
    return { id: input.id, version: after.version };
  });
}
