import { type Database, withTransaction } from '@bangfu/db';
import { FESTIVAL_POLICY_KIND, type FundingSource } from '@bangfu/domain';
import type { Transaction } from 'kysely';
import { recordPayment } from '../aid/record-payment';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { type CampaignRow, getCampaignInScope, updateCampaign } from './campaign-rows';
import { requireCampaignStatus, type StaffContext } from './festival-errors';

/** The ledger's idempotency key of one household's payment: the same on every re-run. */
export const festivalPaymentKey = (campaignId: string, householdId: string): string =>
  `festival:${campaignId}:${householdId}`;

export interface ChunkResult {
  paid: number;
  paidFen: number;
  done: boolean;
}

/**
 * Pays the next `chunkSize` LISTED households of a PAYING campaign in ONE transaction: each through
 * the ledger, each marked PAID with its entry, the progress counters moved. The campaign row lock
 * serialises concurrent runs; a crash rolls the chunk back whole, so a re-run picks it up again.
 * When nothing is left the campaign becomes PAID.
 */
export async function payChunk(
  ctx: StaffContext,
  campaignId: string,
  chunkSize: number,
): Promise<ChunkResult> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const c = await getCampaignInScope(trx, {
      id: campaignId,
      scopePath: ctx.actor.orgPath,
      forUpdate: true,
    });
    requireCampaignStatus(c.status, ['PAYING']);
    const items = await trx
      .selectFrom('festival_item')
      .select(['id', 'household_id', 'category', 'amount_fen'])
      .where('campaign_id', '=', c.id)
      .where('status', '=', 'LISTED')
      .orderBy('id')
      .limit(chunkSize)
      .forUpdate()
      .execute();
    if (items.length === 0) {
      await finishCampaign(trx, ctx, c, now);
      return { paid: 0, paidFen: 0, done: true };
    }
    let fen = 0;
    for (const item of items) {
      const amountFen = Number(item.amount_fen);
      const { entryId } = await recordPayment(trx, ctx, {
        idempotencyKey: festivalPaymentKey(c.id, item.household_id),
        householdId: item.household_id,
        programme: 'FESTIVAL',
        amountFen,
        fundingSource: c.funding_source as FundingSource,
        campaignId: c.id,
        paidOn: businessDate(now),
        countsAsIncome: false,
        basis: {
          clause: `送温暖:${c.name}`,
          policyKind: FESTIVAL_POLICY_KIND,
          policyVersion: c.policy_version,
          detail: { campaignId: c.id, category: item.category },
        },
        approverId: c.approved_by,
      });
      await trx
        .updateTable('festival_item')
        .set((eb) => ({
          status: 'PAID',
          ledger_entry_id: entryId,
          paid_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', item.id)
        .execute();
      fen += amountFen;
    }
    const set = {
      paid_count: c.paid_count + items.length,
      paid_fen: Number(c.paid_fen) + fen,
      updated_at: now,
    };
    await updateCampaign(trx, { id: c.id, version: c.version, set });
    await appendAudit(trx, ctx, {
      action: 'festival.pay.chunk',
      entityType: 'festival_campaign',
      entityId: c.id,
      after: { paid: items.length, paidFen: fen, householdIds: items.map((i) => i.household_id) },
    });
    return { paid: items.length, paidFen: fen, done: false };
  });
}

async function finishCampaign(
  trx: Transaction<Database>,
  ctx: StaffContext,
  c: CampaignRow,
  now: Date,
): Promise<void> {
  await updateCampaign(trx, { id: c.id, version: c.version, set: { status: 'PAID', updated_at: now } });
  await appendAudit(trx, ctx, {
    action: 'festival.pay.complete',
    entityType: 'festival_campaign',
    entityId: c.id,
    before: { status: c.status },
    after: { status: 'PAID', paidCount: c.paid_count, paidFen: Number(c.paid_fen) },
  });
}
