import type { Database } from '@bangfu/db';
import type { Transaction } from 'kysely';

/** Households still to pay on a campaign's list, and their total in fen. */
export async function countListed(
  trx: Transaction<Database>,
  campaignId: string,
): Promise<{ count: number; fen: number }> {
  const row = await trx
    .selectFrom('festival_item')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.sum<string | null>('amount_fen').as('fen')])
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'LISTED')
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), fen: Number(row.fen ?? 0) };
}
