import { getHousehold, withTransaction } from '@bangfu/db';
import {
  CATEGORIES_BY_STANDARD,
  type CompleteReview,
  exitTypeOf,
  type HouseholdStatus,
  type StandardVersion,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { fieldError } from '../employment/employment-errors';
import { transitionHousehold } from '../identification/transition';
import { closeFile } from './close-file';
import { assertTuokunAllowed } from './exit-guard';
import { loadDynamicPolicy, loadIdentificationPolicy, type StaffContext } from './oversight-context';
import { householdNotFound } from './oversight-errors';

export interface CompletedReview {
  id: string;
  version: number;
  status: HouseholdStatus;
  followUps: number;
}

/**
 * 复核结论: keep the file (category may change), or exit it as 脱困/解困/注销 with the exit form
 * and the follow-up calls, in one transaction.
 */
export async function completeReview({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CompleteReview;
}): Promise<CompletedReview> {
  const now = ctx.now();
  const today = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const h = await getHousehold(trx, { id: input.householdId, scopePath: ctx.actor.orgPath });
    if (!h) throw householdNotFound();
    if (
      input.newCategory &&
      !CATEGORIES_BY_STANDARD[h.standard_version as StandardVersion].includes(input.newCategory)
    ) {
      throw fieldError(
        'newCategory',
        '困难类别与认定标准版本不符',
        'Category does not belong to the file’s standard',
      );
    }
    const identification = await loadIdentificationPolicy(trx, today);
    const exitLine =
      input.outcome === 'EXIT_TUOKUN'
        ? assertTuokunAllowed(
            identification.body,
            { category: h.category, divisionCode: h.division_code },
            input,
          )
        : null;
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event: input.outcome,
      expectedVersion: input.expectedVersion,
      note: input.note,
      payload: { reason: input.reason, recomputedPcniFen: input.recomputedPcniFen, exitLine },
    });
    let version = step.version;
    if (input.newCategory && input.newCategory !== h.category) {
      const updated = await trx
        .updateTable('household')
        .set((eb) => ({
          category: input.newCategory ?? h.category,
          version: eb('version', '+', 1),
          updated_at: now,
        }))
        .where('id', '=', h.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      version = updated.version;
    }
    await trx
      .updateTable('annual_review')
      .set((eb) => ({
        outcome: input.outcome,
        exit_reason: input.reason,
        recomputed_pcni_fen: input.recomputedPcniFen,
        new_category: input.newCategory,
        completed_at: now,
        completed_by: ctx.actor.userId,
        version: eb('version', '+', 1),
      }))
      .where('household_id', '=', h.id)
      .where('completed_at', 'is', null)
      .execute();
    let followUps = 0;
    if (input.outcome !== 'CONFIRM' && input.reason) {
      const dynamic = await loadDynamicPolicy(trx, today);
      ({ followUps } = await closeFile(trx, ctx, {
        householdId: h.id,
        orgPath: h.org_path,
        type: exitTypeOf(input.outcome),
        reason: input.reason,
        effectiveDate: input.effectiveDate,
        reportToHigher: input.reportToHigher,
        note: input.note,
        followUpMonths: dynamic.body.followUpMonths,
      }));
    }
    await appendAudit(trx, ctx, {
      action: 'review.complete',
      entityType: 'household',
      entityId: h.id,
      before: { status: step.from, category: h.category },
      after: {
        status: step.to,
        reason: input.reason,
        newCategory: input.newCategory,
        followUps,
        identificationPolicyVersion: identification.version,
      },
    });
    return { id: h.id, version, status: step.to, followUps };
  });
}
