import type { AssessmentOverdueKind } from '@bangfu/domain';
import { sql } from 'kysely';
import type { Db } from './assessment-context';

export interface OverdueParams {
  /** Today in Asia/Shanghai. */
  today: string;
  /** The IDENTIFICATION policy's survey SLA in days. */
  surveySlaDays: number;
  /** The ASSESSMENT policy's days for a started review. */
  reviewDueDays: number;
}

const shanghaiDate = (column: string) => sql.raw(`(${column} at time zone 'Asia/Shanghai')::date`);

/**
 * The open work of one kind whose due date has passed, under `pattern` (a subtree LIKE pattern):
 * one row per task with the household it concerns, where it is kept and when it was due.
 */
export function overdueSource(db: Db, kind: AssessmentOverdueKind, pattern: string, p: OverdueParams) {
  switch (kind) {
    case 'SURVEY_LATE': {
      // Assigned more than the SLA ago and not signed off; only while the file is still surveying.
      const due = sql<string>`${shanghaiDate('s.assigned_at')} + ${p.surveySlaDays}::int`;
      return db
        .selectFrom('ident_survey as s')
        .innerJoin('household as h', 'h.id', 's.household_id')
        .select(['s.id as ref_id', 's.household_id', 'h.org_path', due.as('due_on')])
        .where('s.status', '=', 'OPEN')
        .where('h.status', '=', 'SURVEYING')
        .where('h.org_path', 'like', pattern)
        .where(due, '<', p.today);
    }
    case 'NOTICE_NOT_CLOSED':
      return db
        .selectFrom('public_notice as n')
        .select(['n.id as ref_id', 'n.household_id', 'n.org_path', 'n.end_date as due_on'])
        .where('n.status', '=', 'OPEN')
        .where('n.org_path', 'like', pattern)
        .where('n.end_date', '<', p.today);
    case 'REVIEW_OVERDUE': {
      const due = sql<string>`${shanghaiDate('r.started_at')} + ${p.reviewDueDays}::int`;
      return db
        .selectFrom('annual_review as r')
        .select(['r.id as ref_id', 'r.household_id', 'r.org_path', due.as('due_on')])
        .where('r.completed_at', 'is', null)
        .where('r.org_path', 'like', pattern)
        .where(due, '<', p.today);
    }
    case 'RECTIFICATION_OVERDUE':
      return db
        .selectFrom('rectification_order as o')
        .innerJoin('spot_check_item as i', 'i.id', 'o.spot_check_item_id')
        .select(['o.id as ref_id', 'i.household_id', 'o.org_path', 'o.due_on'])
        .where('o.status', '=', 'OPEN')
        .where('o.org_path', 'like', pattern)
        .where('o.due_on', '<', p.today);
  }
}
