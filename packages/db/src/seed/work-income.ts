import type { MedicalInsurance, WorkStatus } from '@bangfu/domain';
import type { SeedCategory } from './apportion';
import { apportion } from './apportion';
import type { Causes } from './causes';
import type { Person } from './family';
import { type Health, isIncapacitating } from './health';
import { type Rng, type WeightedTable, weightedKeys } from './prng';

/**
 * The illustrative 低保标准 L of brief §2.5: 800 yuan per person per month, in fen. Guizhou's real
 * values are per county and year and were not found; the synthetic incomes only need to be consistent.
 */
export const ILLUSTRATIVE_DIBAO_LINE_FEN = 80_000;
const L = ILLUSTRATIVE_DIBAO_LINE_FEN;

/** Monthly per-capita income range per category, in fen (brief §2.1: < L, ≤ 1.5 L, ≤ 3 L). */
export const PER_CAPITA_RANGE_FEN: Readonly<Record<SeedCategory, readonly [number, number]>> = {
  DIBAO: [(L * 3) / 10, L - 100],
  DIBAO_EDGE: [L + 100, (L * 3) / 2],
  ACCIDENT_2016: [(L * 6) / 10, L * 3],
};

const SELF_WORK: Readonly<Record<SeedCategory, WeightedTable<WorkStatus>>> = {
  DIBAO: weightedKeys({
    ON_DUTY: 30,
    FLEXIBLE: 25,
    LAID_OFF: 15,
    UNEMPLOYED: 15,
    MIGRANT_WORKER: 10,
    EARLY_RETIRED: 5,
  }),
  DIBAO_EDGE: weightedKeys({
    ON_DUTY: 45,
    FLEXIBLE: 20,
    MIGRANT_WORKER: 15,
    LAID_OFF: 8,
    UNEMPLOYED: 7,
    EARLY_RETIRED: 5,
  }),
  ACCIDENT_2016: weightedKeys({
    ON_DUTY: 55,
    MIGRANT_WORKER: 13,
    FLEXIBLE: 12,
    SICK_LEAVE: 10,
    LAID_OFF: 5,
    EARLY_RETIRED: 5,
  }),
};
const SELF_ILL = weightedKeys<WorkStatus>({ SICK_LEAVE: 45, UNEMPLOYED: 25, EARLY_RETIRED: 15, ON_DUTY: 15 });
const SELF_LAID_OFF = weightedKeys<WorkStatus>({ LAID_OFF: 50, FLEXIBLE: 30, UNEMPLOYED: 20 });
const SELF_JOBLESS = weightedKeys<WorkStatus>({ UNEMPLOYED: 55, FLEXIBLE: 45 });
const ADULT_WORK = weightedKeys<WorkStatus>({
  ON_DUTY: 35,
  FLEXIBLE: 25,
  UNEMPLOYED: 22,
  OTHER: 10,
  MIGRANT_WORKER: 8,
});
const YOUNG_ADULT_WORK = weightedKeys<WorkStatus>({
  ON_DUTY: 35,
  FLEXIBLE: 30,
  UNEMPLOYED: 25,
  MIGRANT_WORKER: 10,
});

/** Relative earnings by work status (pensions and benefits included); 0 = no income of one's own. */
const EARNING_WEIGHT: Readonly<Record<WorkStatus, number>> = {
  ON_DUTY: 100,
  MIGRANT_WORKER: 90,
  RETIRED: 70,
  FLEXIBLE: 60,
  EARLY_RETIRED: 55,
  SICK_LEAVE: 35,
  LAID_OFF: 25,
  UNEMPLOYED: 8,
  STUDENT: 0,
  PRESCHOOL: 0,
  OTHER: 0,
};

const EMPLOYED: ReadonlySet<WorkStatus> = new Set(['ON_DUTY', 'FLEXIBLE', 'MIGRANT_WORKER']);

export function isEmployed(status: WorkStatus): boolean {
  return EMPLOYED.has(status);
}

/** Work status consistent with age, schooling, health and the household's causes. */
export function assignWork(
  rng: Rng,
  category: SeedCategory,
  person: Person,
  health: Health,
  causes: Causes,
): WorkStatus {
  if (person.schoolStage !== 'NONE') return person.schoolStage === 'PRESCHOOL' ? 'PRESCHOOL' : 'STUDENT';
  if (person.age < 3) return 'PRESCHOOL';
  if (person.age < 16) return 'STUDENT';
  const incapable = isIncapacitating(health);
  if (person.relation === 'SELF') {
    let status: WorkStatus;
    if (incapable || (health.causal && health.health !== 'GENERAL_ILLNESS')) status = SELF_ILL.draw(rng);
    else if (causes.main === 'LAID_OFF') status = SELF_LAID_OFF.draw(rng);
    else if (causes.main === 'ABLE_BUT_UNEMPLOYED') status = SELF_JOBLESS.draw(rng);
    else status = SELF_WORK[category].draw(rng);
    // 内退 is for workers close to retirement age.
    return status === 'EARLY_RETIRED' && person.age < 45 ? 'LAID_OFF' : status;
  }
  if (incapable) return person.age >= 60 ? 'RETIRED' : 'OTHER';
  const retirementAge = person.sex === 'FEMALE' ? 50 : 60;
  if (person.age >= retirementAge + 5 || (person.age >= retirementAge && rng.chance(0.6))) {
    return rng.chance(0.55) ? 'RETIRED' : 'OTHER';
  }
  return person.age < 26 ? YOUNG_ADULT_WORK.draw(rng) : ADULT_WORK.draw(rng);
}

export function medicalInsuranceFor(rng: Rng, status: WorkStatus, uninsuredCause: boolean): MedicalInsurance {
  if (uninsuredCause && rng.chance(0.6)) return 'NONE';
  const r = rng.float();
  switch (status) {
    case 'ON_DUTY':
    case 'SICK_LEAVE':
    case 'EARLY_RETIRED':
      return r < 0.85 ? 'EMPLOYEE' : 'RESIDENT';
    case 'RETIRED':
      return r < 0.6 ? 'EMPLOYEE' : 'RESIDENT';
    case 'MIGRANT_WORKER':
      return r < 0.4 ? 'EMPLOYEE' : r < 0.95 ? 'RESIDENT' : 'NONE';
    default:
      return r < 0.92 ? 'RESIDENT' : r < 0.97 ? 'NONE' : 'OTHER';
  }
}

export interface IncomeSplit {
  /** Per member, in fen, whole yuan. */
  readonly memberMonthlyFen: number[];
  /** 家庭其他非薪资年收入 (support, rent, subsidies …), in fen; twelve times a whole-yuan monthly amount. */
  readonly otherAnnualFen: number;
}

/**
 * Draws a monthly per-capita income inside the category's range and splits the household total
 * over the members who earn, in proportion to what their work status typically brings. All in
 * integer fen: per-capita × members = Σ member incomes + other annual income ÷ 12, exactly.
 */
export function splitIncome(rng: Rng, category: SeedCategory, statuses: readonly WorkStatus[]): IncomeSplit {
  const [lo, hi] = PER_CAPITA_RANGE_FEN[category];
  const perCapitaYuan = rng.int(Math.ceil(lo / 100), Math.floor(hi / 100));
  const totalYuan = perCapitaYuan * statuses.length;
  const weights = statuses.map((s) => (EARNING_WEIGHT[s] === 0 ? 0 : EARNING_WEIGHT[s] * rng.int(70, 130)));
  const anyEarner = weights.some((w) => w > 0);
  let otherMonthlyYuan = 0;
  if (!anyEarner) otherMonthlyYuan = totalYuan;
  else if (rng.chance(0.3)) otherMonthlyYuan = Math.floor((totalYuan * rng.int(500, 3000)) / 10_000);
  const shares = anyEarner ? apportion(totalYuan - otherMonthlyYuan, weights) : weights.map(() => 0);
  return { memberMonthlyFen: shares.map((yuan) => yuan * 100), otherAnnualFen: otherMonthlyYuan * 12 * 100 };
}
