import { getHousehold, withTransaction } from '@bangfu/db';
import {
  getDivision,
  type Label,
  type PositionCategory,
  redactPersonalData,
  type WorkHours,
} from '@bangfu/domain';
import { businessDate } from '../common/business-date';
import type { WorkerContext } from '../portal/worker/worker-context';
import { rankPositionsForHousehold } from './rank-household';

/** Besides the positions the union pushed, the worker sees this many of their best matches. */
const TOP_MATCHES = 10;

export interface MyJobDto {
  positionId: string;
  title: string;
  category: PositionCategory;
  employerName: string;
  countyName: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  hours: WorkHours;
  validTo: string;
  /** The member of the household the job suits best (their own household: shown to them). */
  memberName: string;
  /** Why it suits, in plain words. */
  reasons: Label[];
  /** Pushed by the union (送岗到户), not only ranked. */
  recommended: boolean;
  /** Pushed and not opened before this visit. */
  isNew: boolean;
  interested: boolean;
}

/**
 * 送岗到户, the worker's side: the jobs the union pushed that are still open, then the household's
 * other best matches, each with its reasons. Reading the list marks the pushed ones seen (inbox
 * state, not a decision: no audit event).
 */
export async function myJobs(ctx: WorkerContext): Promise<MyJobDto[]> {
  const householdId = ctx.worker.householdId;
  const h = await getHousehold(ctx.db, { id: householdId, scopePath: '/' });
  if (!h) return [];
  const ranked = await rankPositionsForHousehold(ctx.db, h, businessDate(ctx.now()));
  const pushes = await ctx.db
    .selectFrom('notification')
    .select(['id', 'params', 'seen_at'])
    .where('household_id', '=', householdId)
    .where('channel', '=', 'PORTAL')
    .where('template', '=', 'JOB_MATCH')
    .orderBy('id', 'desc')
    .execute();
  const pushed = new Map(pushes.map((p) => [(p.params as { positionId: string }).positionId, p]));
  const interests = await ctx.db
    .selectFrom('worker_interest')
    .select('position_id')
    .where('household_id', '=', householdId)
    .execute();
  const interested = new Set(interests.map((i) => i.position_id));
  const shown = ranked
    .filter((m, i) => pushed.has(m.position.id) || i < TOP_MATCHES)
    .sort((a, b) => Number(pushed.has(b.position.id)) - Number(pushed.has(a.position.id)));
  const unseen = pushes.filter((p) => p.seen_at === null).map((p) => p.id);
  if (unseen.length > 0) {
    await withTransaction(ctx.db, (trx) =>
      trx.updateTable('notification').set({ seen_at: ctx.now() }).where('id', 'in', unseen).execute(),
    );
  }
  return shown.map((m) => {
    const p = m.position;
    const push = pushed.get(p.id);
    return {
      positionId: p.id,
      title: redactPersonalData(p.title),
      category: p.category,
      employerName: p.employerName,
      countyName: getDivision(p.divisionCode)?.name ?? '',
      salaryMinFen: p.salaryMinFen,
      salaryMaxFen: p.salaryMaxFen,
      hours: p.hours,
      validTo: p.validTo,
      memberName: m.memberName,
      reasons: m.reasons.map((r) => ({ zh: r.zh, en: r.en })),
      recommended: push !== undefined,
      isNew: push !== undefined && push.seen_at === null,
      interested: interested.has(p.id),
    };
  });
}
