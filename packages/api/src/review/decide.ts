import { newId, withTransaction } from '@bangfu/db';
import { type DecideSchema, type HouseholdStatus, IdentificationEvent } from '@bangfu/domain';
import type { z } from 'zod';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import { stepOutOfOrder, transitionHousehold } from '../identification/transition';
import { assertApprovalRecords } from './approval-guards';
import { issueFileNo } from './issue-file-no';
import { assertNoRecusal } from './recusal-check';
import { guardFailed, householdNotFound, householdVersionConflict, type StaffContext } from './review-errors';

export interface DecisionResult {
  householdId: string;
  status: HouseholdStatus;
  version: number;
  fileNo: string | null;
}

const EVENT = { APPROVE: 'APPROVE', RETURN: 'RETURN', REJECT: 'REJECT' } as const;

/**
 * 上级复核: a reviewer of a union strictly above the filing union approves (issuing the file
 * number), returns or rejects. Checks run before any write, so a refusal changes nothing.
 */
export async function decide({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: z.output<typeof DecideSchema>;
}): Promise<DecisionResult> {
  const now = ctx.now();
  const event = EVENT[input.decision];
  return withTransaction(ctx.db, async (trx) => {
    const h = await trx
      .selectFrom('household')
      .select(['id', 'status', 'version', 'org_path', 'division_code', 'employer_name', 'created_by'])
      .where('id', '=', input.householdId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!h) throw householdNotFound();
    if (h.version !== input.expectedVersion) throw householdVersionConflict();
    if (h.status !== 'HIGHER_REVIEW') throw stepOutOfOrder(h.status as HouseholdStatus, event);
    if (h.org_path === ctx.actor.orgPath) throw guardFailed('HIGHER_LEVEL');
    await assertNoRecusal(trx, {
      householdId: h.id,
      employerName: h.employer_name,
      registrarId: h.created_by,
      personIds: [ctx.actor.userId],
    });
    let fileNo: string | null = null;
    let noticeId: string | null = null;
    if (input.decision === 'APPROVE') {
      if (!input.stamped) {
        throw guardFailed('STAMPED', {
          fieldErrors: { stamped: ['须加盖公章 / the decision must be stamped'] },
        });
      }
      noticeId = (await assertApprovalRecords(trx, h.id)).noticeId;
      fileNo = await issueFileNo(trx, {
        divisionCode: h.division_code,
        year: Number(businessDate(now).slice(0, 4)),
      });
    }
    const level = await trx
      .selectFrom('org_unit')
      .select('kind')
      .where('id', '=', ctx.actor.orgId)
      .executeTakeFirstOrThrow();
    const step = await transitionHousehold(trx, ctx, {
      householdId: h.id,
      event,
      expectedVersion: input.expectedVersion,
      note: input.reason || null,
      payload: { decision: input.decision, level: level.kind, stamped: input.stamped, fileNo, noticeId },
    });
    if (fileNo) await trx.updateTable('household').set({ file_no: fileNo }).where('id', '=', h.id).execute();
    const approvalId = newId(now.getTime());
    await trx
      .insertInto('ident_approval')
      .values({
        id: approvalId,
        household_id: h.id,
        level: level.kind,
        org_id: ctx.actor.orgId,
        reviewer_id: ctx.actor.userId,
        decision: input.decision,
        reason: input.reason || null,
        stamped: input.stamped,
        file_no: fileNo,
        notice_id: noticeId,
        decided_at: now,
      })
      .execute();
    await appendAudit(trx, ctx, {
      action: 'review.decide',
      entityType: 'household',
      entityId: h.id,
      after: { approvalId, decision: input.decision, label: IdentificationEvent.label(event), fileNo },
    });
    return { householdId: h.id, status: step.to, version: step.version, fileNo };
  });
}
