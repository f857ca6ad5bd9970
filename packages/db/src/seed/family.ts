import type { Relation, SchoolStage, Sex } from '@bangfu/domain';
import { personName, pickSurname } from './names';
import { type Rng, weightedKeys, weightedSpec } from './prng';

/** A family member before health, work and income are decided. */
export interface Person {
  readonly relation: Relation;
  readonly name: string;
  readonly sex: Sex;
  readonly age: number;
  readonly ethnicity: string;
  readonly schoolStage: SchoolStage;
}

/** Household size 1–6, mean ≈ 3.1 (co-resident members, brief §2.4). */
const HOUSEHOLD_SIZE = weightedKeys({ '1': 10, '2': 20, '3': 38, '4': 20, '5': 8, '6': 4 });
/** The worker's age band; hardship workers cluster in their forties and fifties. */
const SELF_AGE_BAND = weightedKeys({ '22-29': 10, '30-39': 22, '40-49': 38, '50-60': 30 });

/** 民族 by prefecture: Miao and Dong in 黔东南, Buyei in 黔南/黔西南, Yi and Hui in 毕节, Tujia in 铜仁 … */
const ETHNICITY_BY_PREFECTURE: Readonly<Record<string, ReturnType<typeof weightedSpec>>> = {
  '520100': weightedSpec('汉族:82 苗族:7 布依族:8 侗族:1 土家族:1 彝族:1'),
  '520200': weightedSpec('汉族:72 彝族:9 苗族:8 布依族:8 回族:2 白族:1'),
  '520300': weightedSpec('汉族:88 仡佬族:6 苗族:4 土家族:2'),
  '520400': weightedSpec('汉族:68 布依族:18 苗族:12 仡佬族:1 回族:1'),
  '520500': weightedSpec('汉族:72 彝族:10 苗族:8 回族:4 布依族:2 白族:2 仡佬族:2'),
  '520600': weightedSpec('汉族:55 土家族:25 苗族:14 侗族:5 仡佬族:1'),
  '522300': weightedSpec('汉族:60 布依族:28 苗族:9 彝族:2 回族:1'),
  '522600': weightedSpec('汉族:30 苗族:38 侗族:26 水族:2 布依族:2 瑶族:1 土家族:1'),
  '522700': weightedSpec('汉族:45 布依族:30 苗族:14 水族:8 瑶族:1 毛南族:1 侗族:1'),
};
const DEFAULT_ETHNICITY = weightedSpec('汉族:1');

function drawSelfAge(rng: Rng): number {
  const [lo = '22', hi = '60'] = SELF_AGE_BAND.draw(rng).split('-');
  return rng.int(Number(lo), Number(hi));
}

/** School stage from age alone; whether a teenager or young adult studies is a draw. */
export function schoolStageFor(rng: Rng, age: number): SchoolStage {
  if (age < 3) return 'NONE';
  if (age < 6) return 'PRESCHOOL';
  if (age < 12) return 'PRIMARY';
  if (age < 15) return 'JUNIOR';
  if (age < 18) {
    const r = rng.float();
    // 16 is the legal working age; younger children are all in school (compulsory to 15).
    return r < 0.6 ? 'SENIOR' : r < 0.95 || age < 16 ? 'VOCATIONAL' : 'NONE';
  }
  if (age < 23) {
    const r = rng.float();
    return r < 0.3 ? 'COLLEGE' : r < 0.6 ? 'UNDERGRADUATE' : 'NONE';
  }
  if (age < 26) return rng.chance(0.06) ? 'POSTGRADUATE' : 'NONE';
  return 'NONE';
}

const opposite = (sex: Sex): Sex => (sex === 'MALE' ? 'FEMALE' : 'MALE');
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * A plausible family: exactly one SELF (the worker, 22–60), usually a spouse, children whose ages
 * fit the parents', sometimes the worker's or the spouse's parents, rarely a grandchild. Children
 * carry the father's surname; members mostly share the worker's 民族.
 */
export function composeFamily(rng: Rng, prefectureCode: string): Person[] {
  const size = Number(HOUSEHOLD_SIZE.draw(rng));
  const ethnicities = ETHNICITY_BY_PREFECTURE[prefectureCode] ?? DEFAULT_ETHNICITY;
  const selfSex: Sex = rng.chance(0.58) ? 'MALE' : 'FEMALE';
  const selfAge = drawSelfAge(rng);
  const selfSurname = pickSurname(rng);
  const selfEthnicity = ethnicities.draw(rng);
  const people: Person[] = [
    {
      relation: 'SELF',
      name: personName(rng, selfSex, selfSurname),
      sex: selfSex,
      age: selfAge,
      ethnicity: selfEthnicity,
      schoolStage: 'NONE',
    },
  ];
  let remaining = size - 1;

  const hasSpouse = remaining > 0 && rng.chance(size === 2 ? 0.55 : 0.85);
  const spouseSurname = pickSurname(rng);
  const spouseEthnicity = rng.chance(0.75) ? selfEthnicity : ethnicities.draw(rng);
  if (hasSpouse) {
    const gap = rng.int(-2, 6);
    people.push({
      relation: 'SPOUSE',
      name: personName(rng, opposite(selfSex), spouseSurname),
      sex: opposite(selfSex),
      age: clamp(selfSex === 'MALE' ? selfAge - gap : selfAge + gap, 20, 70),
      ethnicity: spouseEthnicity,
      schoolStage: 'NONE',
    });
    remaining--;
  }

  const parentChance = size >= 4 ? 0.3 : !hasSpouse && size === 2 ? 0.35 : 0.1;
  if (remaining > 0 && selfAge <= 55 && rng.chance(parentChance)) {
    const inLaw = hasSpouse && rng.chance(0.25);
    const relation: Relation = inLaw ? 'PARENT_IN_LAW' : 'PARENT';
    const familySurname = inLaw ? spouseSurname : selfSurname;
    const ethnicity = inLaw ? spouseEthnicity : selfEthnicity;
    const parentAge = clamp(selfAge + rng.int(22, 34), 50, 95);
    const couple = remaining >= 2 && rng.chance(0.4);
    const fatherFirst = rng.chance(0.4);
    const sexes: Sex[] = couple ? ['MALE', 'FEMALE'] : [fatherFirst ? 'MALE' : 'FEMALE'];
    for (const sex of sexes) {
      people.push({
        relation,
        name: personName(rng, sex, sex === 'MALE' ? familySurname : pickSurname(rng)),
        sex,
        age: sex === 'MALE' ? parentAge : clamp(parentAge - rng.int(0, 4), 50, 95),
        ethnicity,
        schoolStage: 'NONE',
      });
      remaining--;
    }
  }

  const fatherSurname =
    selfSex === 'MALE'
      ? selfSurname
      : hasSpouse
        ? spouseSurname
        : rng.chance(0.85)
          ? selfSurname
          : pickSurname(rng);
  const maxChildAge = Math.min(selfAge - 20, 30);
  const minChildAge = Math.min(Math.max(0, selfAge - 40), maxChildAge);
  const children: Person[] = [];
  for (; remaining > 0; remaining--) {
    const grandchild = selfAge >= 48 && children.some((c) => c.age >= 22) && rng.chance(0.5);
    const age = grandchild ? rng.int(0, 8) : rng.int(minChildAge, maxChildAge);
    const sex: Sex = rng.chance(0.52) ? 'MALE' : 'FEMALE';
    children.push({
      relation: grandchild ? 'GRANDCHILD' : 'CHILD',
      name: personName(rng, sex, grandchild && rng.chance(0.4) ? pickSurname(rng) : fatherSurname),
      sex,
      age,
      ethnicity: hasSpouse && rng.chance(0.5) ? spouseEthnicity : selfEthnicity,
      schoolStage: schoolStageFor(rng, age),
    });
  }
  children.sort((a, b) => b.age - a.age);
  return [...people, ...children];
}
