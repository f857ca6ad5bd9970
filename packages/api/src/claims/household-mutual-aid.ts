import type { Database } from '@bangfu/db';
import type { Kysely, Transaction } from 'kysely';

/**
 * 互助赔付 → 刚性支出: what mutual aid PAID in `year` (by payment date, from the fund ledger) for
 * claims of members linked to the household (ma_member.household_id, set when the member's
 * ID number matches a family member of the file).
 *
 * The next assessment subtracts this from the household's self-paid medical cost before it
 * computes rigid spending (brief §7.2, "interaction with the hardship file"): mutual-aid payouts
 * are not income, but they lower what the family itself paid, so counting the gross cost would
 * double-count the aid. Returns integer fen; 0 when nothing was paid.
 */
export async function mutualAidPaidForHousehold(
  db: Kysely<Database> | Transaction<Database>,
  householdId: string,
  year: number,
): Promise<number> {
  const row = await db
    .selectFrom('ma_fund_entry as f')
    .innerJoin('ma_member as m', 'm.id', 'f.member_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('f.amount_fen'), eb.lit(0)).as('fen'))
    .where('f.kind', '=', 'CLAIM_PAYOUT')
    .where('m.household_id', '=', householdId)
    .where('f.paid_on', '>=', `${year}-01-01`)
    .where('f.paid_on', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(row?.fen ?? 0);
}
