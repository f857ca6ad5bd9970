import type { HardshipCause } from '@bangfu/domain';
import type { SeedCategory } from './apportion';
import type { Person } from './family';
import { type Rng, WeightedTable, weightedKeys } from './prng';

type CauseWeights = Partial<Record<HardshipCause, number>>;

/**
 * 主要致困原因 per 2016 category. The seed article names layoffs, illness and gaps in social
 * insurance as the main causes; 意外致困户 are by definition serious illness or accident (brief §2.1).
 */
const MAIN: Readonly<Record<SeedCategory, CauseWeights>> = {
  DIBAO: {
    LAID_OFF: 30,
    NO_WORK_CAPACITY: 20,
    SERIOUS_ILLNESS: 15,
    ABLE_BUT_UNEMPLOYED: 14,
    CHILD_SCHOOLING: 8,
    NO_SOCIAL_INSURANCE: 6,
    INSURANCE_NOT_DELIVERED: 4,
    OTHER: 3,
  },
  DIBAO_EDGE: {
    LAID_OFF: 25,
    SERIOUS_ILLNESS: 20,
    CHILD_SCHOOLING: 20,
    ABLE_BUT_UNEMPLOYED: 10,
    NO_WORK_CAPACITY: 8,
    NO_SOCIAL_INSURANCE: 7,
    INSURANCE_NOT_DELIVERED: 5,
    OTHER: 5,
  },
  ACCIDENT_2016: { SERIOUS_ILLNESS: 60, ACCIDENT: 30, NATURAL_DISASTER: 10 },
};

const SECONDARY: Readonly<Record<SeedCategory, CauseWeights>> = {
  DIBAO: {
    LAID_OFF: 20,
    SERIOUS_ILLNESS: 15,
    CHILD_SCHOOLING: 15,
    ABLE_BUT_UNEMPLOYED: 12,
    NO_WORK_CAPACITY: 10,
    NO_SOCIAL_INSURANCE: 10,
    INSURANCE_NOT_DELIVERED: 8,
    OTHER: 4,
  },
  DIBAO_EDGE: {
    CHILD_SCHOOLING: 20,
    SERIOUS_ILLNESS: 18,
    LAID_OFF: 18,
    NO_SOCIAL_INSURANCE: 10,
    ABLE_BUT_UNEMPLOYED: 10,
    INSURANCE_NOT_DELIVERED: 8,
    NO_WORK_CAPACITY: 6,
    OTHER: 4,
  },
  ACCIDENT_2016: {
    CHILD_SCHOOLING: 20,
    LAID_OFF: 15,
    SERIOUS_ILLNESS: 10,
    INSURANCE_NOT_DELIVERED: 10,
    NO_SOCIAL_INSURANCE: 8,
    NO_WORK_CAPACITY: 8,
    ABLE_BUT_UNEMPLOYED: 6,
    ACCIDENT: 5,
    OTHER: 3,
  },
};

const SECONDARY_COUNT = weightedKeys({ '0': 30, '1': 40, '2': 22, '3': 8 });

/** What a cause note says when 其他 is among the causes. */
const OTHER_NOTES = [
  '企业停产,工资长期拖欠',
  '单亲独自抚养子女',
  '家庭主要劳动力服刑',
  '赡养多位老人负担重',
  '企业改制后未能再就业',
] as const;

const MAIN_TABLES = {
  DIBAO: weightedKeys(MAIN.DIBAO),
  DIBAO_EDGE: weightedKeys(MAIN.DIBAO_EDGE),
  ACCIDENT_2016: weightedKeys(MAIN.ACCIDENT_2016),
} as const;

export interface Causes {
  readonly main: HardshipCause;
  /** 0–3 distinct causes, none equal to the main one. */
  readonly secondary: HardshipCause[];
  readonly note: string | null;
}

function hasPupil(family: readonly Person[]): boolean {
  return family.some((p) => p.schoolStage !== 'NONE' && p.schoolStage !== 'PRESCHOOL');
}

/** Main cause plus up to three secondary ones; 子女上学 only where a child is at school. */
export function drawCauses(rng: Rng, category: SeedCategory, family: readonly Person[]): Causes {
  const pupil = hasPupil(family);
  let main = MAIN_TABLES[category].draw(rng);
  while (main === 'CHILD_SCHOOLING' && !pupil) main = MAIN_TABLES[category].draw(rng);
  const pool = Object.entries(SECONDARY[category]).filter(
    ([cause]) => cause !== main && (pupil || cause !== 'CHILD_SCHOOLING'),
  ) as [HardshipCause, number][];
  const secondary: HardshipCause[] = [];
  for (let k = Number(SECONDARY_COUNT.draw(rng)); k > 0 && pool.length > 0; k--) {
    const cause = new WeightedTable(pool).draw(rng);
    secondary.push(cause);
    pool.splice(
      pool.findIndex(([c]) => c === cause),
      1,
    );
  }
  const all = [main, ...secondary];
  return { main, secondary, note: all.includes('OTHER') ? rng.pick(OTHER_NOTES) : null };
}
