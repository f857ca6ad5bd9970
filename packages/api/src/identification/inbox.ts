import type { Database } from '@bangfu/db';
import type { HouseholdStatus } from '@bangfu/domain';
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { subtreePattern } from '../common/scope';
import type { StaffContext } from './identification-errors';

const INBOX_PAGE = 50;

export interface InboxItem {
  householdId: string;
  headName: string;
  orgName: string;
  status: HouseholdStatus;
  statusSince: string;
}
export interface InboxQueue {
  count: number;
  items: InboxItem[];
}
export interface Inbox {
  /** My drafts and returned files, to (re)submit. */
  myDrafts: InboxQueue;
  /** Submitted files in my subtree awaiting 初审. */
  awaitingPreliminaryReview: InboxQueue;
  /** Open surveys I am assigned to and have not signed yet. */
  mySurveys: InboxQueue;
  /** Assessed files in my subtree awaiting a decision. */
  awaitingDecision: InboxQueue;
}

type Filter = (
  q: SelectQueryBuilder<Database, 'household', object>,
) => SelectQueryBuilder<Database, 'household', object>;

/** What the caller has to do next in identification, oldest first. */
export async function inbox({ ctx }: { ctx: StaffContext }): Promise<Inbox> {
  const me = ctx.actor.userId;
  const queue = async (filter: Filter): Promise<InboxQueue> => {
    const base = filter(
      ctx.db.selectFrom('household').where('household.org_path', 'like', subtreePattern(ctx.actor.orgPath)),
    );
    const since = sql<string>`coalesce(household.status_since, household.created_at)`;
    const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .innerJoin('org_unit as o', 'o.id', 'household.org_id')
      .select([
        'household.id',
        'household.head_name',
        'o.name as org_name',
        'household.status',
        since.as('since'),
      ])
      .orderBy(since)
      .orderBy('household.id')
      .limit(INBOX_PAGE)
      .execute();
    return {
      count: Number(count.n),
      items: rows.map((r) => ({
        householdId: r.id,
        headName: r.head_name,
        orgName: r.org_name,
        status: r.status as HouseholdStatus,
        statusSince: new Date(r.since).toISOString(),
      })),
    };
  };
  const assignedToMe = (eb: ExpressionBuilder<Database, 'household'>) =>
    eb.exists(
      eb
        .selectFrom('ident_survey as s')
        .select('s.id')
        .whereRef('s.household_id', '=', 'household.id')
        .where('s.status', '=', 'OPEN')
        .where(sql<boolean>`${me}::uuid = any(s.surveyor_ids)`)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('ident_survey_signature as g')
                .select('g.survey_id')
                .whereRef('g.survey_id', '=', 's.id')
                .where('g.surveyor_id', '=', me),
            ),
          ),
        ),
    );
  // One query at a time: PGlite has one connection.
  const myDrafts = await queue((q) =>
    q.where('household.status', 'in', ['DRAFT', 'RETURNED']).where('household.created_by', '=', me),
  );
  const awaitingPreliminaryReview = await queue((q) => q.where('household.status', '=', 'SUBMITTED'));
  const mySurveys = await queue((q) => q.where('household.status', '=', 'SURVEYING').where(assignedToMe));
  const awaitingDecision = await queue((q) => q.where('household.status', '=', 'ASSESSED'));
  return { myDrafts, awaitingPreliminaryReview, mySurveys, awaitingDecision };
}
