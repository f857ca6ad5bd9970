import { type SpotCheckListQuery, SpotCheckOutcome, type StratifyBy } from '@bangfu/domain';
import { sql } from 'kysely';
import { decodeCursor, type Page, toPage } from '../common/page-cursor';
import { getOrgInScope, subtreePattern } from '../common/scope';
import type { StaffContext } from './oversight-context';

export interface SpotCheckSummary {
  id: string;
  orgId: string;
  orgName: string;
  drawnAt: string;
  drawnByName: string | null;
  seed: string;
  sharePermille: number;
  stratifyBy: StratifyBy;
  statuses: string[];
  populationCount: number;
  sampleCount: number;
  /** Sampled files with an outcome recorded so far. */
  checkedCount: number;
  /** Findings so far, by outcome (every outcome present, 0 when none). */
  outcomes: Record<SpotCheckOutcome, number>;
}

const noOutcomes = (): Record<SpotCheckOutcome, number> =>
  Object.fromEntries(SpotCheckOutcome.values.map((o) => [o, 0])) as Record<SpotCheckOutcome, number>;

/** Past spot checks of a union's subtree, newest first, each with its findings so far. */
export async function listSpotChecks({
  ctx,
  input,
}: {
  ctx: StaffContext;
  input: SpotCheckListQuery;
}): Promise<Page<SpotCheckSummary>> {
  const path = input.orgId ? (await getOrgInScope(ctx.db, ctx.actor, input.orgId)).path : ctx.actor.orgPath;
  const after = decodeCursor(input.cursor);
  let q = ctx.db
    .selectFrom('spot_check as s')
    .innerJoin('org_unit as o', 'o.id', 's.org_id')
    .leftJoin('staff_user as u', 'u.id', 's.drawn_by')
    .select([
      's.id',
      's.org_id',
      'o.name as org_name',
      's.drawn_at',
      'u.display_name as drawn_by_name',
      's.seed',
      's.share_permille',
      's.stratify_by',
      's.statuses',
      's.population_count',
      's.sample_count',
    ])
    .where('s.org_path', 'like', subtreePattern(path))
    .orderBy('s.drawn_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(input.limit + 1);
  if (after?.key) {
    q = q.where(sql<boolean>`(s.drawn_at, s.id) < (${after.key}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await ctx.db
        .selectFrom('spot_check_item')
        .select((eb) => ['spot_check_id', 'outcome', eb.fn.countAll<string>().as('n')])
        .where('spot_check_id', 'in', ids)
        .where('outcome', 'is not', null)
        .groupBy(['spot_check_id', 'outcome'])
        .execute()
    : [];
  return toPage(
    rows,
    input.limit,
    (r) => {
      const outcomes = noOutcomes();
      for (const c of counts.filter((c) => c.spot_check_id === r.id)) {
        outcomes[c.outcome as SpotCheckOutcome] = Number(c.n);
      }
      return {
        id: r.id,
        orgId: r.org_id,
        orgName: r.org_name,
        drawnAt: r.drawn_at,
        drawnByName: r.drawn_by_name,
        seed: r.seed,
        sharePermille: r.share_permille,
        stratifyBy: r.stratify_by as StratifyBy,
        statuses: r.statuses,
        populationCount: r.population_count,
        sampleCount: r.sample_count,
        checkedCount: Object.values(outcomes).reduce((a, b) => a + b, 0),
        outcomes,
      };
    },
    (r) => r.drawn_at,
  );
}
