import type { HealthStatus, SchoolStage, WorkStatus } from '../../household/enums';

/** The knobs of the matching score. Policy data, not code: configuration per province comes later. */
export interface MatchPolicy {
  /** Working age, inclusive. */
  minAge: number;
  maxAge: number;
  /** Members in these states are not offered work (in school, too young, retired). */
  nonWorkingStatuses: readonly WorkStatus[];
  /** Health states that rule out work altogether. */
  unfitHealth: readonly HealthStatus[];
  /** A position without NO_HEAVY_LABOUR only for a member in good health with no disability. */
  heavyLabourNeedsGoodHealth: boolean;
  /** A member in one of these states needs someone at home: the household has care duties. */
  careNeedingHealth: readonly HealthStatus[];
  /** A child at one of these stages is taken to and from school: the household has care duties. */
  careSchoolStages: readonly SchoolStage[];
  /** From this age a member counts as an older worker (大龄职工). */
  olderWorkerAge: number;
  /** Monthly income per person the household should reach; need = target × members − income. */
  targetPerCapitaFen: number;
  weights: {
    sameCounty: number;
    samePrefecture: number;
    skills: number;
    salaryCoversNeed: number;
    salaryMayCoverNeed: number;
    /** The most a salary below the need earns, in proportion to the share it covers. */
    salaryPartOfNeed: number;
    careHours: number;
    careSuitability: number;
    disability: number;
    olderWorker: number;
  };
}

/**
 * Assumptions until the province sets its own (recorded here so they are read, not guessed):
 * working age 18–60 (statutory retirement ages are rising towards 63/58, 60 is the common cut-off
 * for placement programmes); states of the brief's 重大疾病 list that leave a person bedridden rule
 * out work; the target of ¥800 a person a month is close to Guizhou's urban 低保 line plus a margin.
 * Weights put commuting first (a worker with care duties cannot travel far), then skills, then pay.
 */
export const DEFAULT_MATCH_POLICY: MatchPolicy = {
  minAge: 18,
  maxAge: 60,
  nonWorkingStatuses: ['STUDENT', 'PRESCHOOL', 'RETIRED'],
  unfitHealth: [
    'DEEP_COMA',
    'PERMANENT_PARALYSIS',
    'END_STAGE_RENAL',
    'SEVERE_ALZHEIMER',
    'SEVERE_PARKINSON',
    'SEVERE_MOTOR_NEURON',
  ],
  heavyLabourNeedsGoodHealth: true,
  careNeedingHealth: [
    'CANCER',
    'END_STAGE_RENAL',
    'DEEP_COMA',
    'PERMANENT_PARALYSIS',
    'SEVERE_ALZHEIMER',
    'SEVERE_PARKINSON',
    'SEVERE_MOTOR_NEURON',
    'CEREBROVASCULAR',
    'MENTAL_ILLNESS',
  ],
  careSchoolStages: ['PRESCHOOL', 'PRIMARY'],
  olderWorkerAge: 45,
  targetPerCapitaFen: 80_000,
  weights: {
    sameCounty: 40,
    samePrefecture: 15,
    skills: 25,
    salaryCoversNeed: 20,
    salaryMayCoverNeed: 12,
    salaryPartOfNeed: 8,
    careHours: 15,
    careSuitability: 10,
    disability: 15,
    olderWorker: 10,
  },
};
