import { newId, withTransaction } from '@bangfu/db';
import {
  type FileReviewReason,
  type HardshipCategory,
  reviewDueSelection,
  type StartReviews,
} from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { transitionHousehold } from '../identification/transition';
import { loadIdentificationPolicy, type StaffContext } from './oversight-context';

const CHUNK = 100;

export interface StartedReviews {
  started: number;
  byReason: Partial<Record<FileReviewReason, number>>;
  /** Active files of the subtree the round looked at. */
  population: number;
  policyVersion: number;
}

/**
 * 年度复核 / 随机复核: opens a review for each file the round takes in and moves it to
 * UNDER_REVIEW, chunk by chunk, all in one transaction (a failure leaves no half-started round).
 */
export async function startReviews({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: StartReviews;
}): Promise<StartedReviews> {
  const now = ctx.now();
  const asOf = businessDate(now);
  return withTransaction(ctx.db, async (trx) => {
    const org = await getOrgInScope(trx, ctx.actor, input.orgId);
    const policy = await loadIdentificationPolicy(trx, asOf);
    const files = await trx
      .selectFrom('household as h')
      .select(['h.id', 'h.category', 'h.org_path'])
      .select((eb) =>
        eb
          .selectFrom('ident_step as s')
          .select((s) => s.fn.max('s.at').as('at'))
          .whereRef('s.household_id', '=', 'h.id')
          .where('s.event', '=', 'APPROVE')
          .as('filed_at'),
      )
      .where('h.org_path', 'like', subtreePattern(org.path))
      .where('h.status', 'in', ['FILED', 'AIDED'])
      .orderBy('h.id')
      .execute();
    const ids = files.map((f) => f.id);
    const earlier = ids.length
      ? await trx
          .selectFrom('annual_review')
          .select(['household_id', 'reason'])
          .where('year', '=', input.year)
          .where('household_id', 'in', ids)
          .execute()
      : [];
    const selection = reviewDueSelection(
      files.map((f) => ({
        id: f.id,
        category: f.category as HardshipCategory,
        filedOn: f.filed_at ? businessDate(new Date(f.filed_at)) : null,
        reviewedThisYear: earlier
          .filter((e) => e.household_id === f.id)
          .map((e) => e.reason as FileReviewReason),
      })),
      {
        mode: input.mode,
        asOf,
        seed: input.seed ?? '',
        sharePermille: policy.body.randomReviewSharePermille,
        accidentReviewMonths: policy.body.accidentReviewMonths,
      },
    );
    const pathOf = new Map(files.map((f) => [f.id, f.org_path]));
    const byReason: Partial<Record<FileReviewReason, number>> = {};
    for (let i = 0; i < selection.length; i += CHUNK) {
      const chunk = selection.slice(i, i + CHUNK);
      await trx
        .insertInto('annual_review')
        .values(
          chunk.map((s) => ({
            id: newId(now.getTime()),
            household_id: s.householdId,
            org_path: pathOf.get(s.householdId) ?? org.path,
            year: input.year,
            reason: s.reason,
            started_at: now,
            started_by: ctx.actor.userId,
            note: null,
            outcome: null,
            exit_reason: null,
            recomputed_pcni_fen: null,
            new_category: null,
            completed_at: null,
            completed_by: null,
            policy_version: policy.version,
          })),
        )
        .execute();
      for (const s of chunk) {
        await transitionHousehold(trx, ctx, {
          householdId: s.householdId,
          event: 'START_REVIEW',
          payload: s,
        });
        byReason[s.reason] = (byReason[s.reason] ?? 0) + 1;
      }
    }
    await appendAudit(trx, ctx, {
      action: 'review.start_round',
      entityType: 'org_unit',
      entityId: org.id,
      after: {
        year: input.year,
        mode: input.mode,
        seed: input.seed ?? null,
        byReason,
        policyVersion: policy.version,
      },
    });
    return { started: selection.length, byReason, population: files.length, policyVersion: policy.version };
  });
}
