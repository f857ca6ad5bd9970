import { formatFenAsYuan } from '../../common/money';
import { PositionCategory, WorkHours } from '../enums';
import type { MatchPolicy } from './match-policy';
import type { MatchMember, MatchPosition, MatchReason } from './match-types';

export interface Scored {
  points: number;
  reason: MatchReason;
}

const prefecture = (code: string): string => code.slice(0, 4);

export function locationFactor(countyCode: string, p: MatchPosition, policy: MatchPolicy): Scored | null {
  if (p.divisionCode === countyCode) {
    return {
      points: policy.weights.sameCounty,
      reason: { code: 'SAME_COUNTY', zh: '同一区县', en: 'Same county' },
    };
  }
  if (prefecture(p.divisionCode) === prefecture(countyCode)) {
    const reason = { code: 'SAME_PREFECTURE', zh: '同一市州', en: 'Same prefecture' } as const;
    return { points: policy.weights.samePrefecture, reason };
  }
  return null;
}

const norm = (s: string): string => s.trim().toLowerCase();
/** '家政' matches '家政服务' and the other way round; one-character skills only match exactly. */
function skillsMeet(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return x.length > 0;
  return Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x));
}

export function skillFactor(m: MatchMember, p: MatchPosition, policy: MatchPolicy): Scored | null {
  const category = PositionCategory.labels[p.category];
  const wanted = [...p.skills, category.zh, category.en];
  const skill = m.skills.find((s) => wanted.some((w) => skillsMeet(s, w)));
  if (skill === undefined) return null;
  return {
    points: policy.weights.skills,
    reason: { code: 'SKILL_MATCH', zh: `匹配技能:${skill}`, en: `Matches skill: ${skill}` },
  };
}

/** Pay against the household's monthly shortfall; integer fen throughout. */
export function salaryFactor(needFen: number, p: MatchPosition, policy: MatchPolicy): Scored | null {
  if (needFen <= 0) return null;
  const need = formatFenAsYuan(needFen);
  if (p.salaryMinFen >= needFen) {
    const reason = { zh: `月薪可覆盖家庭缺口¥${need}`, en: `Pay covers the household's gap of ¥${need}` };
    return { points: policy.weights.salaryCoversNeed, reason: { code: 'SALARY_COVERS_NEED', ...reason } };
  }
  if (p.salaryMaxFen >= needFen) {
    const reason = { zh: `最高月薪可覆盖家庭缺口¥${need}`, en: `Top pay covers the gap of ¥${need}` };
    return {
      points: policy.weights.salaryMayCoverNeed,
      reason: { code: 'SALARY_MAY_COVER_NEED', ...reason },
    };
  }
  const points = Math.floor((policy.weights.salaryPartOfNeed * p.salaryMaxFen) / needFen);
  if (points <= 0) return null;
  const percent = Math.floor((p.salaryMaxFen * 100) / needFen);
  return {
    points,
    reason: {
      code: 'SALARY_PART_OF_NEED',
      zh: `月薪可覆盖家庭缺口的${percent}%`,
      en: `Pay covers ${percent}% of the household's gap`,
    },
  };
}

export function careFactors(careDuties: boolean, p: MatchPosition, policy: MatchPolicy): Scored[] {
  if (!careDuties) return [];
  const out: Scored[] = [];
  if (p.hours === 'SCHOOL_HOURS' || p.hours === 'PART_TIME') {
    const hours = WorkHours.labels[p.hours];
    out.push({
      points: policy.weights.careHours,
      reason: {
        code: 'FITS_CARE_HOURS',
        zh: `${hours.zh},便于照顾家人`,
        en: `${hours.en}, fits care duties`,
      },
    });
  }
  if (p.suitability.includes('CARE_DUTIES')) {
    out.push({
      points: policy.weights.careSuitability,
      reason: { code: 'CARE_FRIENDLY', zh: '适合有照护负担者', en: 'Suits workers with care duties' },
    });
  }
  return out;
}

export function personFactors(m: MatchMember, p: MatchPosition, policy: MatchPolicy): Scored[] {
  const out: Scored[] = [];
  const disabled = m.disabilityKind !== null || m.health === 'DISABLED';
  if (disabled && p.suitability.includes('DISABILITY_FRIENDLY')) {
    out.push({
      points: policy.weights.disability,
      reason: { code: 'DISABILITY_FRIENDLY', zh: '适合残疾人', en: 'Suits workers with disabilities' },
    });
  }
  if (m.age >= policy.olderWorkerAge && p.suitability.includes('OLDER_WORKERS')) {
    out.push({
      points: policy.weights.olderWorker,
      reason: { code: 'OLDER_WORKERS', zh: '适合大龄职工', en: 'Suits older workers' },
    });
  }
  return out;
}
