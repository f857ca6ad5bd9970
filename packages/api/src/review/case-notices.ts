import { getHousehold } from '@bangfu/db';
import type { CaseNoticesInput, NoticeStatus, ObjectionChannel, ObjectionStatus } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import { noticeDaysCounter } from './notice-days';
import { householdNotFound, type StaffContext } from './review-errors';

export interface CaseObjectionDto {
  id: string;
  version: number;
  receivedOn: string;
  channel: ObjectionChannel;
  summary: string;
  status: ObjectionStatus;
  handling: string | null;
  recordedByName: string | null;
  handledByName: string | null;
  handledAt: string | null;
}

export interface CaseNoticeDto {
  id: string;
  version: number;
  status: NoticeStatus;
  scopes: string[];
  startDate: string;
  endDate: string;
  workingDays: number;
  /** Working days still to run, today included; 0 once ended or past its end. */
  workingDaysLeft: number;
  objections: CaseObjectionDto[];
}

/** Every notice of one household, newest first, each with its objections in the order received. */
export async function caseNotices({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: CaseNoticesInput;
}): Promise<{ notices: CaseNoticeDto[] }> {
  const household = await getHousehold(ctx.db, { id: input.householdId, scopePath: ctx.actor.orgPath });
  if (!household) throw householdNotFound();
  const notices = await ctx.db
    .selectFrom('public_notice')
    .select(['id', 'version', 'status', 'scopes', 'start_date', 'end_date', 'working_days'])
    .where('household_id', '=', household.id)
    .where('org_path', 'like', subtreePattern(ctx.actor.orgPath))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const ids = notices.map((n) => n.id);
  // `in ()` is a syntax error in PostgreSQL: a household without notices skips the query.
  const objections = ids.length
    ? await ctx.db
        .selectFrom('notice_objection as o')
        .leftJoin('staff_user as r', 'r.id', 'o.recorded_by')
        .leftJoin('staff_user as h', 'h.id', 'o.handled_by')
        .select([
          'o.id',
          'o.notice_id',
          'o.version',
          'o.received_on',
          'o.channel',
          'o.summary',
          'o.status',
          'o.handling',
          'o.handled_at',
          'r.display_name as recorded_by_name',
          'h.display_name as handled_by_name',
        ])
        .where('o.notice_id', 'in', ids)
        .orderBy('o.received_on')
        .orderBy('o.id')
        .execute()
    : [];
  const daysLeft = await noticeDaysCounter(ctx.db, ctx);
  return {
    notices: notices.map((n) => ({
      id: n.id,
      version: n.version,
      status: n.status as NoticeStatus,
      scopes: n.scopes,
      startDate: n.start_date,
      endDate: n.end_date,
      workingDays: n.working_days,
      workingDaysLeft: daysLeft(n),
      objections: objections
        .filter((o) => o.notice_id === n.id)
        .map((o) => ({
          id: o.id,
          version: o.version,
          receivedOn: o.received_on,
          channel: o.channel as ObjectionChannel,
          summary: o.summary,
          status: o.status as ObjectionStatus,
          handling: o.handling,
          recordedByName: o.recorded_by_name,
          handledByName: o.handled_by_name,
          handledAt: o.handled_at,
        })),
    })),
  };
}
