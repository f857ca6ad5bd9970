import { listPrefectures } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../driver';
import type { Database } from '../../schema';
import { insertManyRows } from '../batch-insert';
import type { FilingUnion } from './plan-context';
import type { PlannedEmployer } from './plan-employers';
import { planEnterprises } from './plan-enterprises';
import { LIUPANSHUI, type Liupanshui2016Report, planLiupanshui2016 } from './plan-liupanshui-2016';
import { planRecentTraining } from './plan-recent-training';
import { loadMemberPools } from './training-pool';
import { emptyTrainingRows, type TrainingPlanContext } from './training-rows';

/** Able members read per prefecture for recent courses and placements; 六盘水 reads all for 2016. */
const POOL_PER_PREFECTURE = 400;

export interface TrainingCounts {
  readonly training_course: number;
  readonly training_session: number;
  readonly training_enrollment: number;
  readonly placement: number;
  readonly struggling_enterprise: number;
  readonly enterprise_affected_worker: number;
}

/**
 * Courses with enrolments and sessions, placements for every prefecture, the 六盘水 2016 programme
 * at the article's figures, and the struggling enterprises. Reads the seeded households' members,
 * so it runs after them; one transaction.
 */
export async function seedTraining(
  db: Kysely<Database>,
  ctx: TrainingPlanContext,
  employersOf: ReadonlyMap<string, PlannedEmployer[]>,
  federationOf: (code: string) => FilingUnion,
): Promise<TrainingCounts & { liupanshui2016: Liupanshui2016Report }> {
  const prefectures = listPrefectures();
  const prefix = (code: string) => code.slice(0, 4);
  const pools = await loadMemberPools(
    db,
    (p) => (p === prefix(LIUPANSHUI) ? null : POOL_PER_PREFECTURE),
    prefectures.map((p) => prefix(p.code)),
  );
  const rows = emptyTrainingRows();
  for (const prefecture of prefectures) {
    const pool = pools.get(prefix(prefecture.code)) ?? [];
    planRecentTraining(
      ctx,
      prefecture,
      employersOf.get(prefecture.code) ?? [],
      pool.slice(0, POOL_PER_PREFECTURE),
      rows,
    );
  }
  const liupanshuiPool = pools.get(prefix(LIUPANSHUI)) ?? [];
  const liupanshui2016 = planLiupanshui2016(
    ctx,
    federationOf(LIUPANSHUI),
    employersOf.get(LIUPANSHUI) ?? [],
    liupanshuiPool,
    rows,
  );
  const enterprises = planEnterprises(ctx, federationOf('520000'), federationOf(LIUPANSHUI), liupanshuiPool);
  await withTransaction(db, async (trx) => {
    await insertManyRows(trx, 'training_course', rows.training_course);
    await insertManyRows(trx, 'training_session', rows.training_session);
    await insertManyRows(trx, 'training_enrollment', rows.training_enrollment);
    await insertManyRows(trx, 'placement', rows.placement);
    await insertManyRows(trx, 'struggling_enterprise', enterprises.struggling_enterprise);
    await insertManyRows(trx, 'enterprise_affected_worker', enterprises.enterprise_affected_worker);
  });
  return {
    training_course: rows.training_course.length,
    training_session: rows.training_session.length,
    training_enrollment: rows.training_enrollment.length,
    placement: rows.placement.length,
    struggling_enterprise: enterprises.struggling_enterprise.length,
    enterprise_affected_worker: enterprises.enterprise_affected_worker.length,
    liupanshui2016,
  };
}
