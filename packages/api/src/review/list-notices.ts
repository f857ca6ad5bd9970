import type { NoticeListQuery, NoticeStatus } from '@bangfu/domain';
import { sql } from 'kysely';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getOrgInScope, subtreePattern } from '../common/scope';
import { noticeDaysCounter } from './notice-days';
import type { StaffContext } from './review-errors';

export interface NoticeListItem {
  id: string;
  householdId: string;
  /** The real name: staff read it in scope, as on households.list; the printed notice masks it. */
  headName: string;
  orgId: string;
  orgName: string;
  status: NoticeStatus;
  startDate: string;
  endDate: string;
  workingDaysLeft: number;
  openObjections: number;
  objections: number;
}

/**
 * One sort key for the keyset: open notices first by the day they end, then the others by end
 * date, newest first ('1' + days before 9999-12-31 sorts a later end earlier).
 */
const sortKey = sql<string>`(case when n.status = 'OPEN' then '0' || to_char(n.end_date, 'YYYY-MM-DD')
  else '1' || lpad((date '9999-12-31' - n.end_date)::text, 7, '0') end)`;

/** A union's notices, its whole subtree, one page at a time. */
export async function listNotices({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: NoticeListQuery;
}): Promise<Page<NoticeListItem>> {
  const path = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
  const after = decodeCursor(input.cursor);
  let q = ctx.db
    .selectFrom('public_notice as n')
    .innerJoin('household as h', 'h.id', 'n.household_id')
    .innerJoin('org_unit as o', 'o.id', 'n.org_id')
    .select((eb) => [
      'n.id',
      'n.household_id',
      'h.head_name',
      'n.org_id',
      'o.name as org_name',
      'n.status',
      'n.start_date',
      'n.end_date',
      sortKey.as('sort_key'),
      eb
        .selectFrom('notice_objection as x')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('x.notice_id', '=', 'n.id')
        .where('x.status', '=', 'OPEN')
        .as('open_objections'),
      eb
        .selectFrom('notice_objection as y')
        .select((y) => y.fn.countAll<string>().as('n'))
        .whereRef('y.notice_id', '=', 'n.id')
        .as('objections'),
    ])
    .where('n.org_path', 'like', subtreePattern(path))
    .orderBy(sortKey)
    .orderBy('n.id')
    .limit(input.limit + 1);
  if (input.status) q = q.where('n.status', '=', input.status);
  if (after) q = q.where(sql<boolean>`(${sortKey}, n.id) > (${after.key ?? ''}, ${after.id}::uuid)`);
  const rows = await q.execute();
  const daysLeft = await noticeDaysCounter(ctx.db, ctx);
  return toPage(
    rows,
    input.limit,
    (r) => ({
      id: r.id,
      householdId: r.household_id,
      headName: r.head_name,
      orgId: r.org_id,
      orgName: r.org_name,
      status: r.status as NoticeStatus,
      startDate: r.start_date,
      endDate: r.end_date,
      workingDaysLeft: daysLeft(r),
      openObjections: Number(r.open_objections ?? 0),
      objections: Number(r.objections ?? 0),
    }),
    (r) => r.sort_key,
  );
}
