import type { AssessmentMetric } from '@bangfu/domain';
import { subtreePattern } from '../common/scope';
import type { Db } from './assessment-context';
import { bySubordinate } from './subordinate-units';

/** The statuses of a household that is on file (建档 and not exited), as the summary tables use. */
const ON_FILE = ['FILED', 'AIDED', 'UNDER_REVIEW'];

export interface UnitActuals {
  EXITS: number;
  TRAININGS: number;
  PLACEMENTS: number;
  /** Verified on-file households and on-file households, for the coverage share. */
  verified: number;
  onFile: number;
}

type Counts = Map<string, number>;

/**
 * The year's actuals of every direct subordinate of `parentPath`, keyed by the unit's path. Counts
 * come from the trigger-kept summary tables, never from scanning households; only the coverage
 * numerator reads the (few) completed verification visits.
 */
export async function loadActuals(
  db: Db,
  parentPath: string,
  year: number,
): Promise<Map<string, UnitActuals>> {
  const pattern = subtreePattern(parentPath);
  const [exits, trained, placed, onFile, verified] = await Promise.all([
    db
      .selectFrom('stat_flow')
      .select(['org_path', (eb) => eb.fn.sum<number>('households').as('n')])
      .where('org_path', 'like', pattern)
      .where('year', '=', year)
      .where('flow', 'in', ['EXITED_TUOKUN', 'EXITED_JIEKUN'])
      .groupBy('org_path')
      .execute(),
    employment(db, pattern, year, 'TRAINED'),
    employment(db, pattern, year, 'PLACED'),
    db
      .selectFrom('stat_household')
      .select(['org_path', (eb) => eb.fn.sum<number>('households').as('n')])
      .where('org_path', 'like', pattern)
      .where('status', 'in', ON_FILE)
      .groupBy('org_path')
      .execute(),
    db
      .selectFrom('verification_visit as v')
      .innerJoin('household as h', 'h.id', 'v.household_id')
      .select(['h.org_path', (eb) => eb.fn.count<number>('h.id').distinct().as('n')])
      .where('h.org_path', 'like', pattern)
      .where('h.status', 'in', ON_FILE)
      .where('v.status', '=', 'DONE')
      .where('v.completed_at', '>=', `${year}-01-01T00:00:00+08:00`)
      .where('v.completed_at', '<', `${year + 1}-01-01T00:00:00+08:00`)
      .groupBy('h.org_path')
      .execute(),
  ]);
  const maps: Record<keyof UnitActuals, Counts> = {
    EXITS: bySubordinate(parentPath, exits),
    TRAININGS: bySubordinate(parentPath, trained),
    PLACEMENTS: bySubordinate(parentPath, placed),
    onFile: bySubordinate(parentPath, onFile),
    verified: bySubordinate(parentPath, verified),
  };
  const paths = new Set(Object.values(maps).flatMap((m) => [...m.keys()]));
  const out = new Map<string, UnitActuals>();
  for (const path of paths) {
    out.set(path, {
      EXITS: maps.EXITS.get(path) ?? 0,
      TRAININGS: maps.TRAININGS.get(path) ?? 0,
      PLACEMENTS: maps.PLACEMENTS.get(path) ?? 0,
      verified: maps.verified.get(path) ?? 0,
      onFile: maps.onFile.get(path) ?? 0,
    });
  }
  return out;
}

function employment(db: Db, pattern: string, year: number, metric: 'TRAINED' | 'PLACED') {
  return db
    .selectFrom('stat_employment')
    .select(['org_path', (eb) => eb.fn.sum<number>('count').as('n')])
    .where('org_path', 'like', pattern)
    .where('year', '=', year)
    .where('metric', '=', metric)
    .groupBy('org_path')
    .execute();
}

export const NO_ACTUALS: UnitActuals = { EXITS: 0, TRAININGS: 0, PLACEMENTS: 0, verified: 0, onFile: 0 };

export type CountedMetric = Exclude<AssessmentMetric, 'VERIFICATION_COVERAGE'>;
