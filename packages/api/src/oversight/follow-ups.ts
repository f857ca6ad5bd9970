import { withTransaction } from '@bangfu/db';
import type { FollowUpOutcome, FollowUpsDue, RecordFollowUp } from '@bangfu/domain';
import { appendAudit } from '../audit/append-audit';
import { businessDate } from '../common/business-date';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { SavedRecord } from '../employment/employment-errors';
import type { StaffContext } from './oversight-context';
import { callNotFound, conflict, staleRecord } from './oversight-errors';

export interface FollowUpDto {
  id: string;
  version: number;
  householdId: string;
  fileNo: string | null;
  headName: string;
  seq: number;
  dueOn: string;
  exitType: string | null;
}

/** Follow-up calls not yet made and due on or before `before` (today by default), oldest first. */
export async function followUpsDue({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: FollowUpsDue;
}): Promise<FollowUpDto[]> {
  const org = await getOrgInScope(ctx.db, ctx.actor, input.orgId);
  const before = input.before ?? businessDate(ctx.now());
  const rows = await ctx.db
    .selectFrom('follow_up_call as c')
    .innerJoin('household as h', 'h.id', 'c.household_id')
    .leftJoin('file_exit as x', 'x.household_id', 'c.household_id')
    .select([
      'c.id',
      'c.version',
      'c.household_id',
      'h.file_no',
      'h.head_name',
      'c.seq',
      'c.due_on',
      'x.type',
    ])
    .where('c.org_path', 'like', subtreePattern(org.path))
    .where('c.done_on', 'is', null)
    .where('c.due_on', '<=', before)
    .orderBy('c.due_on')
    .orderBy('c.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    householdId: r.household_id,
    fileNo: r.file_no,
    headName: r.head_name,
    seq: r.seq,
    dueOn: r.due_on,
    exitType: r.type,
  }));
}

/** 回访记录: the call's outcome; a household back in hardship is then offered re-entry (返困). */
export async function recordFollowUp({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: RecordFollowUp;
}): Promise<SavedRecord & { outcome: FollowUpOutcome }> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (trx) => {
    const call = await trx
      .selectFrom('follow_up_call')
      .select(['id', 'version', 'done_on', 'household_id'])
      .where('id', '=', input.callId)
      .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
      .forUpdate()
      .executeTakeFirst();
    if (!call) throw callNotFound();
    if (input.expectedVersion !== undefined && input.expectedVersion !== call.version) {
      throw staleRecord('回访任务', 'follow-up call');
    }
    if (call.done_on) throw conflict('该回访已记录', 'This call was already recorded');
    const saved = await trx
      .updateTable('follow_up_call')
      .set((eb) => ({
        done_on: businessDate(now),
        outcome: input.outcome,
        note: input.note,
        called_by: ctx.actor.userId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', call.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, {
      action: 'follow_up.record',
      entityType: 'follow_up_call',
      entityId: call.id,
      after: { householdId: call.household_id, outcome: input.outcome },
    });
    return { id: call.id, version: saved.version, outcome: input.outcome };
  });
}
