import type { Database } from '@bangfu/db';
import { maskNameForNotice, RETENTION_CLOSED_STATUSES } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit';
import type { Context } from '../context';

/** What stays after anonymisation: counts, categories, causes, org, ledger amounts, dates. */
const ANONYMISED_ADDRESS = '(已匿名 / anonymised)';
// Every value of the blind index is a hex HMAC, so this prefix can never match a real person.
const anonymousBidx = (memberId: string) => `anon:${memberId}`;

type AnonymiseCtx = Pick<Context, 'actor' | 'ip' | 'now' | 'sessionCache'>;

/**
 * Removes the personal data of one closed file in the caller's transaction: names masked, ID
 * numbers, phones and bank account gone (ciphertext emptied, blind index replaced), address,
 * incomes and free-text notes cleared. Status, category, causes and member count stay, so the
 * trigger-kept statistics do not move. Returns false when the file is not (or no longer) due.
 */
export async function anonymiseHousehold(
  trx: Transaction<Database>,
  ctx: AnonymiseCtx,
  householdId: string,
  policy: { version: number; cutoff: string },
): Promise<boolean> {
  const h = await trx
    .selectFrom('household')
    .select(['id', 'status', 'status_since', 'head_name', 'member_count'])
    .where('id', '=', householdId)
    .where('status', 'in', [...RETENTION_CLOSED_STATUSES])
    .where('status_since', '<', policy.cutoff)
    .forUpdate()
    .executeTakeFirst();
  if (!h) return false;
  const done = await trx
    .selectFrom('retention_anonymisation')
    .select('household_id')
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  if (done) return false;

  const members = await trx
    .selectFrom('household_member')
    .select(['id', 'name'])
    .where('household_id', '=', householdId)
    .execute();
  for (const m of members) {
    await trx
      .updateTable('household_member')
      .set({
        name: maskNameForNotice(m.name),
        id_number_enc: Buffer.alloc(0),
        id_number_bidx: anonymousBidx(m.id),
        id_last4: '****',
        phone_enc: null,
        phone_last4: null,
        monthly_income_fen: 0,
        disability_kind: null,
        disability_grade: null,
      })
      .where('id', '=', m.id)
      .execute();
  }
  await trx
    .updateTable('household')
    .set((eb) => ({
      head_name: maskNameForNotice(h.head_name),
      address: ANONYMISED_ADDRESS,
      postal_code: null,
      bank_account_enc: null,
      bank_account_last4: null,
      bank_branch: null,
      union_card_no: null,
      cause_note: null,
      monthly_income_fen: 0,
      other_annual_income_fen: 0,
      version: eb('version', '+', 1),
      updated_at: ctx.now(),
    }))
    .where('id', '=', householdId)
    .execute();
  // Sign-in and outbox rows would otherwise keep the blind index and the phone number.
  await trx.deleteFrom('worker_session').where('household_id', '=', householdId).execute();
  // The cache is used only where this transaction holds the one session: nothing re-reads the
  // deleted rows before it commits.
  ctx.sessionCache?.worker.dropWhere((w) => w.householdId === householdId);
  await trx.deleteFrom('worker_account').where('household_id', '=', householdId).execute();
  await trx
    .updateTable('notification')
    .set({ recipient_enc: null, recipient_last4: null })
    .where('household_id', '=', householdId)
    .execute();
  await trx
    .insertInto('retention_anonymisation')
    .values({
      household_id: householdId,
      anonymised_at: ctx.now(),
      policy_version: policy.version,
      closed_status: h.status,
      members: members.length,
    })
    .execute();
  await appendAudit(trx, ctx, {
    action: 'retention.anonymise',
    entityType: 'household',
    entityId: householdId,
    // No personal data in the audit row either: only what was done and why.
    after: { closedStatus: h.status, closedAt: h.status_since, members: members.length },
    purpose: `retention policy v${policy.version}, closed before ${policy.cutoff}`,
  });
  return true;
}
