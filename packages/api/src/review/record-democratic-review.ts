import { newId, withTransaction } from '@bangfu/db';
import type { DemocraticReviewSchema, HouseholdStatus } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { transitionHousehold } from '../identification/transition';
import { lockHouseholdForStep } from './lock-household';
import { assertNoRecusal } from './recusal-check';
import { fieldError, type StaffContext } from './review-errors';

export interface StepResult {
  id: string;
  status: HouseholdStatus;
  /** The household's version after the step. */
  version: number;
}

/**
 * 民主评议: records the meeting; the recorder and every staff participant pass the recusal
 * check first. PASS asks for the income check, REJECT ends the application.
 */
export async function recordDemocraticReview({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof DemocraticReviewSchema>;
}): Promise<StepResult> {
  const now = ctx.now();
  if (input.meetingDate > businessDate(now)) {
    throw fieldError('meetingDate', '会议日期不能晚于今天', 'The meeting cannot be in the future');
  }
  const event = input.outcome === 'PASS' ? 'REQUEST_INCOME_CHECK' : 'REJECT';
  return withTransaction(ctx.db, async (trx) => {
    const h = await lockHouseholdForStep(trx, {
      id: input.householdId,
      scopePath: ctx.actor.orgPath,
      expectedVersion: input.expectedVersion,
      event,
      at: 'DEMOCRATIC_REVIEW',
    });
    const participantIds = [...new Set(input.participantUserIds)];
    if (participantIds.length > 0) {
      const known = await trx
        .selectFrom('staff_user')
        .select('id')
        .where('id', 'in', participantIds)
        .where('active', '=', true)
        .execute();
      if (known.length !== participantIds.length) {
        throw fieldError(
          'participantUserIds',
          '参会人员中有无效的工作人员',
          'Unknown staff among the participants',
        );
      }
    }
    await assertNoRecusal(trx, {
      householdId: h.id,
      employerName: h.employer_name,
      registrarId: h.created_by,
      personIds: [ctx.actor.userId, ...participantIds],
    });
    const id = newId(now.getTime());
    await trx
      .insertInto('democratic_review')
      .values({
        id,
        household_id: h.id,
        meeting_date: input.meetingDate,
        participants: JSON.stringify({ staff: participantIds, others: input.otherParticipants }),
        votes_for: input.votesFor,
        votes_against: input.votesAgainst,
        votes_abstain: input.abstentions,
        outcome: input.outcome,
        minutes: input.minutes,
        minutes_attachment_id: input.minutesAttachmentId ?? null,
        recorded_by: ctx.actor.userId,
        recorded_at: now,
      })
      .execute();
    const votes = { for: input.votesFor, against: input.votesAgainst, abstain: input.abstentions };
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event,
      expectedVersion: input.expectedVersion,
      payload: { reviewId: id, meetingDate: input.meetingDate, outcome: input.outcome, votes },
    });
    await appendAudit(trx, ctx, {
      action: 'review.democratic',
      entityType: 'household',
      entityId: h.id,
      after: { reviewId: id, outcome: input.outcome, votes, participants: participantIds.length },
    });
    return { id, status: step.to, version: step.version };
  });
}
