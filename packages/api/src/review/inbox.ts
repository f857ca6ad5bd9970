import { addWorkingDays, shiftDate } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import { loadNoticePolicies } from './notice-policies';
import type { StaffContext } from './review-errors';

export interface InboxCase {
  householdId: string;
  headName: string;
  orgId: string;
  version: number;
  /** INCOME_CHECK only: whether a clear result is in, so the notice can open. */
  checkRecorded?: boolean;
}
export interface InboxNotice {
  noticeId: string;
  householdId: string;
  endDate: string;
}
export interface InboxObjection {
  objectionId: string;
  noticeId: string;
  householdId: string;
  receivedOn: string;
}
export interface ReviewInbox {
  democraticReviews: InboxCase[];
  incomeChecks: InboxCase[];
  noticesEndingSoon: InboxNotice[];
  openObjections: InboxObjection[];
  higherReviews: InboxCase[];
}

const LIMIT = 200;

/** What waits for the actor in their subtree; higher reviews exclude their own union's files. */
export async function reviewInbox({ ctx }: { ctx: StaffContext }): Promise<ReviewInbox> {
  const scope = subtreePattern(ctx.actor.orgPath);
  const today = businessDate(ctx.now());
  const cases = (status: string) =>
    ctx.db
      .selectFrom('household')
      .select(['id', 'head_name', 'org_id', 'org_path', 'version', 'status_since'])
      .where('status', '=', status)
      .where('org_path', 'like', scope)
      .orderBy('status_since')
      .orderBy('id')
      .limit(LIMIT)
      .execute();
  const toCase = (r: { id: string; head_name: string; org_id: string; version: number }): InboxCase => ({
    householdId: r.id,
    headName: r.head_name,
    orgId: r.org_id,
    version: r.version,
  });
  const review = await cases('DEMOCRATIC_REVIEW');
  const checking = await cases('INCOME_CHECK');
  const checkedIds = new Set<string>();
  for (const c of checking) {
    let q = ctx.db
      .selectFrom('income_check')
      .select('id')
      .where('household_id', '=', c.id)
      .where('discrepancy', '=', false);
    if (c.status_since) q = q.where('recorded_at', '>=', c.status_since);
    if (await q.executeTakeFirst()) checkedIds.add(c.id);
  }
  const higher = (await cases('HIGHER_REVIEW')).filter((r) => r.org_path !== ctx.actor.orgPath);
  const { calendar } = await loadNoticePolicies(ctx.db, today);
  // Ends within the next two working days after today.
  const horizon = addWorkingDays(shiftDate(today, 1), 2, calendar.body);
  const notices = await ctx.db
    .selectFrom('public_notice')
    .select(['id', 'household_id', 'end_date'])
    .where('status', '=', 'OPEN')
    .where('org_path', 'like', scope)
    .where('end_date', '<=', horizon)
    .orderBy('end_date')
    .orderBy('id')
    .limit(LIMIT)
    .execute();
  const objections = await ctx.db
    .selectFrom('notice_objection as o')
    .innerJoin('public_notice as n', 'n.id', 'o.notice_id')
    .select(['o.id', 'o.notice_id', 'n.household_id', 'o.received_on'])
    .where('o.status', '=', 'OPEN')
    .where('n.status', '=', 'OPEN')
    .where('n.org_path', 'like', scope)
    .orderBy('o.received_on')
    .orderBy('o.id')
    .limit(LIMIT)
    .execute();
  return {
    democraticReviews: review.map(toCase),
    incomeChecks: checking.map((r) => ({ ...toCase(r), checkRecorded: checkedIds.has(r.id) })),
    noticesEndingSoon: notices.map((n) => ({
      noticeId: n.id,
      householdId: n.household_id,
      endDate: n.end_date,
    })),
    openObjections: objections.map((o) => ({
      objectionId: o.id,
      noticeId: o.notice_id,
      householdId: o.household_id,
      receivedOn: o.received_on,
    })),
    higherReviews: higher.map(toCase),
  };
}
