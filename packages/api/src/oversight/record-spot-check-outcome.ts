import { newId, withTransaction } from '@bangfu/db';
import {
  dateAfterDays,
  type HouseholdStatus,
  type RecordSpotCheckOutcome,
  SpotCheckOutcome,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import { cancelWronglyIncluded } from './cancel-wrongly-included';
import { loadDynamicPolicy, type StaffContext } from './oversight-context';
import { conflict, spotCheckNotFound, staleRecord } from './oversight-errors';
import { responsibilityChain } from './responsibility-chain';

export interface RecordedFinding {
  id: string;
  version: number;
  householdStatus: HouseholdStatus;
  rectificationOrderId: string | null;
  recoveries: { count: number; totalFen: number };
}

/**
 * 抽查结论: records what the checker found, freezes who surveyed, registered and approved the file,
 * orders the responsible unit to put any error right and, for 错评, cancels the file and opens
 * recovery of its aid — one transaction.
 */
export async function recordSpotCheckOutcome({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordSpotCheckOutcome;
}): Promise<RecordedFinding> {
  const now = ctx.now();
  const today = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const item = await trx
      .selectFrom('spot_check_item as i')
      .innerJoin('household as h', 'h.id', 'i.household_id')
      .select([
        'i.id',
        'i.version',
        'i.outcome',
        'i.household_id',
        'h.org_id',
        'h.org_path',
        'h.status',
        'h.created_by',
      ])
      .where('i.id', '=', input.itemId)
      .where('i.org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate('i')
      .executeTakeFirst();
    if (!item) throw spotCheckNotFound();
    if (input.expectedVersion !== undefined && input.expectedVersion !== item.version) {
      throw staleRecord('抽查记录', 'spot-check item');
    }
    if (item.outcome)
      throw conflict('该户抽查结论已记录', 'The finding for this household is already recorded');
    const chain = await responsibilityChain(trx, { id: item.household_id, createdBy: item.created_by });
    const saved = await trx
      .updateTable('spot_check_item')
      .set((eb) => ({
        outcome: input.outcome,
        note: input.note,
        checker_id: ctx.actor.userId,
        checked_at: now,
        surveyor_ids: chain.surveyorIds,
        registrar_id: chain.registrarId,
        reviewer_id: chain.reviewerId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', item.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    let rectificationOrderId: string | null = null;
    if (input.outcome !== 'CORRECT') {
      const policy = await loadDynamicPolicy(trx, today);
      rectificationOrderId = newId(now.getTime());
      await trx
        .insertInto('rectification_order')
        .values({
          id: rectificationOrderId,
          spot_check_item_id: item.id,
          org_id: item.org_id,
          org_path: item.org_path,
          issued_by: ctx.actor.userId,
          issued_at: now,
          text: `${SpotCheckOutcome.label(input.outcome, 'zh')}:${input.note}`,
          due_on: dateAfterDays(today, policy.body.rectificationDueDays),
        })
        .execute();
    }
    const correction =
      input.outcome === 'WRONGLY_INCLUDED' && input.cancelReason
        ? await cancelWronglyIncluded(trx, ctx, {
            household: {
              id: item.household_id,
              status: item.status as HouseholdStatus,
              orgPath: item.org_path,
            },
            itemId: item.id,
            reason: input.cancelReason,
            note: input.note,
            today,
          })
        : null;
    await appendAudit(trx, ctx, {
      action: 'spot_check.record_outcome',
      entityType: 'spot_check_item',
      entityId: item.id,
      after: { outcome: input.outcome, ...chain, rectificationOrderId, correction },
    });
    const after = await trx
      .selectFrom('household')
      .select('status')
      .where('id', '=', item.household_id)
      .executeTakeFirstOrThrow();
    return {
      id: item.id,
      version: saved.version,
      householdStatus: after.status as HouseholdStatus,
      rectificationOrderId,
      recoveries: correction?.recoveries ?? { count: 0, totalFen: 0 },
    };
  });
}
