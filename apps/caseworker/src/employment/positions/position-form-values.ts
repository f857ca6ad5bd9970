import { businessToday, fenToYuanInput } from '@bangfu/client';
import {
  type PositionCategory,
  parseYuanToFen,
  prefectureOf,
  type Suitability,
  type WorkHours,
} from '@bangfu/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { PositionDetail } from '../api/types';
import { blankToNull, type DraftProblem, fieldMapper } from '../form/validate';

/** A position as the form holds it: pay in 元 as typed, dates as dayjs, the county as a cascader path. */
export interface PositionFormValues {
  employerId?: string;
  title?: string;
  category?: PositionCategory;
  /** [prefectureCode, countyCode] */
  division?: string[];
  workAddress?: string;
  salaryMinYuan?: string;
  salaryMaxYuan?: string;
  headcount?: number | null;
  hours?: WorkHours;
  requirements?: string;
  skills?: string[];
  suitability?: Suitability[];
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

export const POSITION_FIELDS: ReadonlySet<string> = new Set([
  'employerId',
  'title',
  'category',
  'division',
  'workAddress',
  'salaryMinYuan',
  'salaryMaxYuan',
  'headcount',
  'hours',
  'requirements',
  'skills',
  'suitability',
  'validFrom',
  'validTo',
]);

export const positionFieldOf = fieldMapper({
  divisionCode: 'division',
  salaryMinFen: 'salaryMinYuan',
  salaryMaxFen: 'salaryMaxYuan',
});

const ISO = 'YYYY-MM-DD';

export function emptyPosition(
  employerId: string | undefined,
  today: Dayjs = dayjs(businessToday()),
): PositionFormValues {
  return {
    employerId,
    headcount: 1,
    hours: 'FULL_TIME',
    skills: [],
    suitability: [],
    validFrom: today.startOf('day'),
    validTo: today.add(3, 'month').startOf('day'),
  };
}

export function fromPosition(p: PositionDetail): PositionFormValues {
  const prefecture = prefectureOf(p.divisionCode);
  return {
    employerId: p.employerId,
    title: p.title,
    category: p.category,
    division: prefecture ? [prefecture, p.divisionCode] : [p.divisionCode],
    workAddress: p.workAddress,
    salaryMinYuan: fenToYuanInput(p.salaryMinFen),
    salaryMaxYuan: fenToYuanInput(p.salaryMaxFen),
    headcount: p.headcount,
    hours: p.hours,
    requirements: p.requirements ?? undefined,
    skills: [...p.skills],
    suitability: [...p.suitability],
    validFrom: dayjs(p.validFrom),
    validTo: dayjs(p.validTo),
  };
}

/**
 * The form's values in the shape of PositionInputSchema: 元 to fen with parseYuanToFen (never a
 * float), dates as 'YYYY-MM-DD', blanks as null. An amount that is not valid 元 is reported.
 */
export function toPositionDraft(v: PositionFormValues): {
  draft: Record<string, unknown>;
  problems: DraftProblem[];
} {
  const problems: DraftProblem[] = [];
  const fen = (raw: string | undefined, name: string): number | undefined => {
    if (!raw?.trim()) return undefined;
    const value = parseYuanToFen(raw);
    if (value === null) problems.push({ name, key: 'money' });
    return value ?? undefined;
  };
  const skills = (v.skills ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  return {
    draft: {
      employerId: v.employerId,
      title: v.title,
      category: v.category,
      divisionCode: v.division?.[1],
      workAddress: v.workAddress,
      salaryMinFen: fen(v.salaryMinYuan, 'salaryMinYuan'),
      salaryMaxFen: fen(v.salaryMaxYuan, 'salaryMaxYuan'),
      headcount: v.headcount ?? undefined,
      hours: v.hours,
      requirements: blankToNull(v.requirements),
      skills: [...new Set(skills)],
      suitability: v.suitability ?? [],
      validFrom: v.validFrom?.format(ISO),
      validTo: v.validTo?.format(ISO),
    },
    problems,
  };
}
