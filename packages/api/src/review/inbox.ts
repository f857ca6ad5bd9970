import { addWorkingDays, shiftDate } from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import { subtreePattern } from '../common/scope';
import type { InboxCase, NamedCase, ReviewInbox } from './inbox-dto';
import { loadNoticePolicies } from './notice-policies';
import type { StaffContext } from './review-errors';

export type { InboxCase, InboxNotice, InboxObjection, ReviewInbox } from './inbox-dto';

const LIMIT = 200;

interface CaseRow {
  id: string;
  head_name: string;
  org_id: string;
  org_name: string;
  version: number;
}

const named = (r: {
  household_id: string;
  head_name: string;
  org_id: string;
  org_name: string;
}): NamedCase => ({
  householdId: r.household_id,
  headName: r.head_name,
  orgId: r.org_id,
  orgName: r.org_name,
});

/** What waits for the actor in their subtree; higher reviews exclude their own union's files. */
export async function reviewInbox({ ctx }: { ctx: StaffContext }): Promise<ReviewInbox> {
  const scope = subtreePattern(ctx.actor.orgPath);
  const today = businessDate(ctx.now());
  const cases = (status: string) =>
    ctx.db
      .selectFrom('household as h')
      .innerJoin('org_unit as o', 'o.id', 'h.org_id')
      .select([
        'h.id',
        'h.head_name',
        'h.org_id',
        'o.name as org_name',
        'h.org_path',
        'h.version',
        'h.status_since',
      ])
      .where('h.status', '=', status)
      .where('h.org_path', 'like', scope)
      .orderBy('h.status_since')
      .orderBy('h.id')
      .limit(LIMIT)
      .execute();
  const toCase = (r: CaseRow): InboxCase => ({
    householdId: r.id,
    headName: r.head_name,
    orgId: r.org_id,
    orgName: r.org_name,
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
    .selectFrom('public_notice as n')
    .innerJoin('household as h', 'h.id', 'n.household_id')
    .innerJoin('org_unit as o', 'o.id', 'n.org_id')
    .select(['n.id', 'n.household_id', 'n.end_date', 'h.head_name', 'n.org_id', 'o.name as org_name'])
    .where('n.status', '=', 'OPEN')
    .where('n.org_path', 'like', scope)
    .where('n.end_date', '<=', horizon)
    .orderBy('n.end_date')
    .orderBy('n.id')
    .limit(LIMIT)
    .execute();
  const objections = await ctx.db
    .selectFrom('notice_objection as o')
    .innerJoin('public_notice as n', 'n.id', 'o.notice_id')
    .innerJoin('household as h', 'h.id', 'n.household_id')
    .innerJoin('org_unit as u', 'u.id', 'n.org_id')
    .select([
      'o.id',
      'o.notice_id',
      'n.household_id',
      'o.received_on',
      'h.head_name',
      'n.org_id',
      'u.name as org_name',
    ])
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
      ...named(n),
      noticeId: n.id,
      endDate: n.end_date,
    })),
    openObjections: objections.map((o) => ({
      ...named(o),
      objectionId: o.id,
      noticeId: o.notice_id,
      receivedOn: o.received_on,
    })),
    higherReviews: higher.map(toCase),
  };
}
