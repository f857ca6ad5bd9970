import { type Database, withTransaction } from '@bangfu/db';
import { FESTIVAL_POLICY_KIND } from '@bangfu/domain';
import { type Kysely, sql } from 'kysely';
import { summarize } from '../stats';

/** Thrown to roll the floor's transaction back; never escapes measureInsertFloor. */
class RollBack extends Error {}

/**
 * The floor of a festival payment run: ONE `INSERT … SELECT` writing the same number of
 * ledger-shaped rows (same table, indexes, foreign keys and jsonb basis) for the campaign's LISTED
 * items, timed inside a transaction that is then rolled back. Run before the batch pays anything.
 */
export async function measureInsertFloor(
  db: Kysely<Database>,
  input: { campaignId: string; paidOn: string; actorId: string; runs: number },
): Promise<{ rows: number; seconds: number; samples: number[] }> {
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < input.runs; i++) {
    try {
      await withTransaction(db, async (trx) => {
        const t0 = performance.now();
        const r = await sql`
          insert into aid_ledger_entry (id, household_id, org_path, kind, programme, funding_source,
            amount_fen, request_id, campaign_id, paid_on, counts_as_income, approver_id,
            payee_account_last4, standard_basis, created_by, created_at)
          select gen_random_uuid(), h.id, h.org_path, 'PAYMENT', 'FESTIVAL', c.funding_source,
            i.amount_fen, gen_random_uuid(), c.id, ${input.paidOn}::date, false, c.approved_by,
            h.bank_account_last4,
            jsonb_build_object('clause', '送温暖:' || c.name, 'policyKind', ${FESTIVAL_POLICY_KIND}::text,
              'policyVersion', c.policy_version,
              'detail', jsonb_build_object('campaignId', c.id, 'category', i.category)),
            ${input.actorId}::uuid, now()
          from festival_item i
          join festival_campaign c on c.id = i.campaign_id
          join household h on h.id = i.household_id
          where i.campaign_id = ${input.campaignId} and i.status = 'LISTED'
        `.execute(trx);
        samples.push((performance.now() - t0) / 1000);
        rows = Number(r.numAffectedRows ?? 0);
        throw new RollBack();
      });
    } catch (e) {
      if (!(e instanceof RollBack)) throw e;
    }
  }
  // The rolled-back rows are dead tuples; clear them so the ledger reads after the batch see a clean table.
  await sql`vacuum analyze aid_ledger_entry`.execute(db);
  return { rows, seconds: summarize(samples).p50, samples };
}
