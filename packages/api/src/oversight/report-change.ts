import { getHousehold, newId, withTransaction } from '@bangfu/db';
import type { ReportChange } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import type { SavedRecord } from '../employment/employment-errors';
import { transitionHousehold } from '../identification/transition';
import type { StaffContext } from './oversight-context';
import { conflict, householdNotFound } from './oversight-errors';

/** 情况变化报告: a reported change puts the file under review at once ("随时调整"). */
export async function reportChange({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: ReportChange;
}): Promise<SavedRecord> {
  const now = ctx.now();
  const year = Number(businessDate(now).slice(0, 4));
  return withTransaction(ctx.db, async (trx) => {
    const h = await getHousehold(trx, { id: input.householdId, scopePath: ctx.actor.orgPath });
    if (!h) throw householdNotFound();
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event: 'START_REVIEW',
      expectedVersion: input.expectedVersion,
      note: input.summary,
      payload: { reason: 'CHANGE_REPORT' },
    });
    const inserted = await trx
      .insertInto('annual_review')
      .values({
        id: newId(now.getTime()),
        household_id: h.id,
        org_path: h.org_path,
        year,
        reason: 'CHANGE_REPORT',
        started_at: now,
        started_by: ctx.actor.userId,
        note: input.summary,
        outcome: null,
        exit_reason: null,
        recomputed_pcni_fen: null,
        new_category: null,
        completed_at: null,
        completed_by: null,
      })
      .onConflict((oc) => oc.columns(['household_id', 'year', 'reason']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      throw conflict(
        `该档案${year}年已有情况变化复核`,
        `This file already had a change-report review in ${year}`,
      );
    }
    await appendAudit(trx, ctx, {
      action: 'review.change_reported',
      entityType: 'annual_review',
      entityId: inserted.id,
      after: { householdId: h.id, year },
    });
    return { id: h.id, version: step.version };
  });
}
