import { listPrefectures } from '@bangfu/domain';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../driver';
import type { Database } from '../../schema';
import { insertManyRows } from '../batch-insert';
import type { EmploymentPlanContext, FilingUnion } from './plan-context';
import { type PlannedEmployer, planEmployer } from './plan-employers';
import { type PlannedFair, planFairs } from './plan-fairs';
import { seedTraining, type TrainingCounts } from './seed-training';

/** Employers per prefecture, roughly by its urban workforce (8–20). */
const EMPLOYERS_PER_PREFECTURE: Readonly<Record<string, number>> = {
  '520100': 20, // 贵阳市
  '520200': 12, // 六盘水市
  '520300': 18, // 遵义市
  '520400': 9, // 安顺市
  '520500': 14, // 毕节市
  '520600': 10, // 铜仁市
  '522300': 9, // 黔西南州
  '522600': 11, // 黔东南州
  '522700': 11, // 黔南州
};

export interface EmploymentCounts extends TrainingCounts {
  readonly employer: number;
  readonly position: number;
  readonly job_fair: number;
  readonly fair_booth: number;
  readonly fair_position: number;
  readonly fair_interest: number;
}

export interface SeedEmploymentInput extends Omit<EmploymentPlanContext, 'takenNames'> {
  /** The prefecture federation that organises a prefecture's fairs. */
  readonly federationOf: (prefectureCode: string) => FilingUnion;
}

/**
 * 精准对接 demo data for every prefecture: employers filed under a grassroots union of their county,
 * their positions around `now`, and the prefecture federation's published job fairs (one
 * transaction); then courses, enrolments, sessions, placements and struggling enterprises from the
 * seeded households (another, see seedTraining).
 */
export async function seedEmployment(
  db: Kysely<Database>,
  input: SeedEmploymentInput,
): Promise<EmploymentCounts> {
  const ctx: EmploymentPlanContext = { ...input, takenNames: new Set() };
  const employers: PlannedEmployer[] = [];
  const employersOf = new Map<string, PlannedEmployer[]>();
  const fairs: PlannedFair[] = [];
  for (const prefecture of listPrefectures()) {
    const own = Array.from({ length: EMPLOYERS_PER_PREFECTURE[prefecture.code] ?? 8 }, () =>
      planEmployer(ctx, prefecture),
    );
    employers.push(...own);
    employersOf.set(prefecture.code, own);
    fairs.push(...planFairs(ctx, prefecture, input.federationOf(prefecture.code), own));
  }
  const rows = {
    employer: employers.map((e) => e.row),
    position: employers.flatMap((e) => e.positions),
    job_fair: fairs.map((f) => f.fair),
    fair_booth: fairs.flatMap((f) => f.booths),
    fair_position: fairs.flatMap((f) => f.positions),
    fair_interest: fairs.flatMap((f) => f.interest),
  };
  await withTransaction(db, async (trx) => {
    await insertManyRows(trx, 'employer', rows.employer);
    await insertManyRows(trx, 'position', rows.position);
    await insertManyRows(trx, 'job_fair', rows.job_fair);
    await insertManyRows(trx, 'fair_booth', rows.fair_booth);
    await insertManyRows(trx, 'fair_position', rows.fair_position);
    await insertManyRows(trx, 'fair_interest', rows.fair_interest);
  });
  // Training draws from streams forked after the employers, so they stay the same as before it.
  const { liupanshui2016: _, ...training } = await seedTraining(
    db,
    { ...ctx, rng: ctx.rng.fork(7), trainingIdRng: ctx.idRng.fork(8) },
    employersOf,
    input.federationOf,
  );
  return {
    ...training,
    employer: rows.employer.length,
    position: rows.position.length,
    job_fair: rows.job_fair.length,
    fair_booth: rows.fair_booth.length,
    fair_position: rows.fair_position.length,
    fair_interest: rows.fair_interest.length,
  };
}
