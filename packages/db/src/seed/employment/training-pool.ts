import type { Executor } from './seed-executor';

/** Work statuses of members who can take a course or a job (not retired, sick, at school or a child). */
const ABLE = ['ON_DUTY', 'LAID_OFF', 'UNEMPLOYED', 'FLEXIBLE', 'MIGRANT_WORKER', 'OTHER'];
/** Household statuses whose members the unions train and place (a rejected application is not). */
const STATUSES = [
  'FILED',
  'AIDED',
  'UNDER_REVIEW',
  'EXITED_TUOKUN',
  'EXITED_JIEKUN',
  'SURVEYING',
  'ASSESSED',
];

export interface PoolMember {
  readonly memberId: string;
  readonly householdId: string;
  readonly divisionCode: string;
}

/**
 * Members able to work, per prefecture (division prefix '5202'), in id order so the pool is the same
 * for the same database; at most `limitOf(prefix)` per prefecture (null = all of them).
 */
export async function loadMemberPools(
  db: Executor,
  limitOf: (prefix: string) => number | null,
  prefixes: readonly string[],
): Promise<Map<string, PoolMember[]>> {
  const out = new Map<string, PoolMember[]>();
  for (const prefix of prefixes) {
    let q = db
      .selectFrom('household_member as m')
      .innerJoin('household as h', 'h.id', 'm.household_id')
      .select(['m.id', 'm.household_id', 'h.division_code'])
      .where('h.division_code', 'like', `${prefix}%`)
      .where('h.status', 'in', STATUSES)
      .where('m.work_status', 'in', ABLE)
      .orderBy('m.id');
    const limit = limitOf(prefix);
    if (limit !== null) q = q.limit(limit);
    const rows = await q.execute();
    out.set(
      prefix,
      rows.map((r) => ({ memberId: r.id, householdId: r.household_id, divisionCode: r.division_code })),
    );
  }
  return out;
}
