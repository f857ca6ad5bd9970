import type { DisabilityGrade, DisabilityKind, HealthStatus, Relation } from '@bangfu/domain';
import type { Causes } from './causes';
import type { Person } from './family';
import { type Rng, weightedKeys } from './prng';

export interface Health {
  readonly health: HealthStatus;
  /** Set exactly when health is DISABLED (kind and grade go together). */
  readonly disabilityKind: DisabilityKind | null;
  readonly disabilityGrade: DisabilityGrade | null;
  /** The member whose illness or injury is a cause of the household's hardship. */
  readonly causal: boolean;
}

const GOOD: Health = { health: 'GOOD', disabilityKind: null, disabilityGrade: null, causal: false };

const CHRONIC_ELDER = weightedKeys<HealthStatus>({
  HYPERTENSION: 30,
  GENERAL_ILLNESS: 18,
  DIABETES: 15,
  SPINE: 15,
  CARDIOVASCULAR: 12,
  LUNG: 10,
});
const CHRONIC_ADULT = weightedKeys<HealthStatus>({
  GENERAL_ILLNESS: 40,
  SPINE: 25,
  HYPERTENSION: 20,
  DIABETES: 10,
  LIVER: 5,
});
/** 重特大疾病 that make a household 因病致困 (the seed article's worker on dialysis for 尿毒症 among them). */
const SERIOUS_ADULT = weightedKeys<HealthStatus>({
  CANCER: 25,
  END_STAGE_RENAL: 12,
  CEREBROVASCULAR: 12,
  CARDIOVASCULAR: 10,
  LIVER: 8,
  MENTAL_ILLNESS: 8,
  TUMOUR: 6,
  BLOOD: 6,
  DIABETES: 5,
  LUNG: 5,
  PERMANENT_PARALYSIS: 2,
  SEVERE_MOTOR_NEURON: 1,
});
const SERIOUS_ELDER = weightedKeys<HealthStatus>({
  CANCER: 25,
  CEREBROVASCULAR: 20,
  CARDIOVASCULAR: 15,
  END_STAGE_RENAL: 10,
  SEVERE_ALZHEIMER: 8,
  SEVERE_PARKINSON: 6,
  LUNG: 8,
  PERMANENT_PARALYSIS: 4,
  DEEP_COMA: 1,
});
const SERIOUS_CHILD = weightedKeys<HealthStatus>({
  BLOOD: 30,
  CANCER: 15,
  END_STAGE_RENAL: 15,
  TUMOUR: 15,
  MENTAL_ILLNESS: 10,
  CARDIOVASCULAR: 15,
});
const DISABILITY_KIND = weightedKeys<DisabilityKind>({
  PHYSICAL: 40,
  VISION: 12,
  HEARING: 12,
  INTELLECTUAL: 12,
  MENTAL: 12,
  MULTIPLE: 8,
  SPEECH: 4,
});

type PatientWeights = Partial<Record<Relation, number>>;
const ILLNESS_PATIENT: PatientWeights = { SELF: 45, SPOUSE: 25, CHILD: 12, PARENT: 10, PARENT_IN_LAW: 8 };
const INCAPACITY_PATIENT: PatientWeights = { SELF: 50, SPOUSE: 30, CHILD: 20 };
const ACCIDENT_PATIENT: PatientWeights = { SELF: 60, SPOUSE: 20, CHILD: 20 };

function disabled(
  rng: Rng,
  kind: DisabilityKind,
  grades: readonly DisabilityGrade[],
  causal: boolean,
): Health {
  return { health: 'DISABLED', disabilityKind: kind, disabilityGrade: rng.pick(grades), causal };
}

function background(rng: Rng, person: Person): Health {
  if (rng.chance(0.015)) return disabled(rng, DISABILITY_KIND.draw(rng), ['GRADE_3', 'GRADE_4'], false);
  if (person.age >= 55 && rng.chance(0.35)) return { ...GOOD, health: CHRONIC_ELDER.draw(rng) };
  if (person.age >= 18 && person.age < 55 && rng.chance(0.08))
    return { ...GOOD, health: CHRONIC_ADULT.draw(rng) };
  if (person.age < 18 && rng.chance(0.02)) return { ...GOOD, health: 'GENERAL_ILLNESS' };
  return GOOD;
}

function pickPatient(
  rng: Rng,
  family: readonly Person[],
  weights: PatientWeights,
  taken: Set<number>,
): number {
  const candidates = family
    .map((p, i): [number, number] => [i, taken.has(i) ? 0 : (weights[p.relation] ?? 0)])
    .filter(([, w]) => w > 0);
  if (candidates.length === 0) return 0;
  let total = candidates.reduce((s, [, w]) => s + w, 0) * rng.float();
  for (const [i, w] of candidates) {
    total -= w;
    if (total < 0) return i;
  }
  return candidates[candidates.length - 1]?.[0] ?? 0;
}

/**
 * Health of every member: mostly 良好, chronic illness more often with age, and — where the causes
 * say so — one member seriously ill (因病), disabled (无劳动能力) or injured (意外事故).
 */
export function assignHealth(rng: Rng, family: readonly Person[], causes: Causes): Health[] {
  const health = family.map((p) => background(rng, p));
  const all = new Set([causes.main, ...causes.secondary]);
  const taken = new Set<number>();
  if (all.has('SERIOUS_ILLNESS')) {
    const i = pickPatient(rng, family, ILLNESS_PATIENT, taken);
    const age = family[i]?.age ?? 40;
    const table = age < 18 ? SERIOUS_CHILD : age >= 60 ? SERIOUS_ELDER : SERIOUS_ADULT;
    health[i] = { ...GOOD, health: table.draw(rng), causal: true };
    taken.add(i);
  }
  if (all.has('NO_WORK_CAPACITY')) {
    const i = pickPatient(rng, family, INCAPACITY_PATIENT, taken);
    const r = rng.float();
    health[i] =
      r < 0.7
        ? disabled(rng, DISABILITY_KIND.draw(rng), ['GRADE_1', 'GRADE_2'], true)
        : { ...GOOD, health: r < 0.8 ? 'PERMANENT_PARALYSIS' : 'MENTAL_ILLNESS', causal: true };
    taken.add(i);
  }
  if (all.has('ACCIDENT')) {
    const i = pickPatient(rng, family, ACCIDENT_PATIENT, taken);
    const r = rng.float();
    health[i] =
      r < 0.55
        ? disabled(rng, 'PHYSICAL', ['GRADE_2', 'GRADE_3', 'GRADE_4'], true)
        : { ...GOOD, health: r < 0.6 ? 'PERMANENT_PARALYSIS' : 'GENERAL_ILLNESS', causal: true };
  }
  return health;
}

/** Conditions that take a worker out of work for good. */
export function isIncapacitating(h: Health): boolean {
  return (
    (h.health === 'DISABLED' && (h.disabilityGrade === 'GRADE_1' || h.disabilityGrade === 'GRADE_2')) ||
    h.health === 'PERMANENT_PARALYSIS' ||
    h.health === 'DEEP_COMA' ||
    h.health === 'END_STAGE_RENAL' ||
    h.health === 'MENTAL_ILLNESS'
  );
}
