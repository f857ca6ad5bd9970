import type { PositionRow } from '@bangfu/db';
import {
  type FairProgramme,
  getDivision,
  type PositionCategory,
  redactPersonalData,
  type Suitability,
  type WorkHours,
} from '@bangfu/domain';

/**
 * A position as the public sees it. Every field is listed here on purpose: no contact names or
 * phones, no worker data, and free text passes through redactPersonalData.
 */
export interface KioskPositionDto {
  id: string;
  title: string;
  category: PositionCategory;
  divisionCode: string;
  countyName: string;
  employerName: string;
  boothNo: string | null;
  salaryMinFen: number;
  salaryMaxFen: number;
  openings: number;
  hours: WorkHours;
  requirements: string | null;
  skills: string[];
  suitability: Suitability[];
  validTo: string;
}

export interface KioskFairDto {
  id: string;
  name: string;
  programme: FairProgramme;
  venue: string;
  startDate: string;
  endDate: string;
  organiserName: string;
  divisionCode: string;
}

export interface KioskFairResponse {
  fair: KioskFairDto;
  positions: KioskPositionDto[];
  /** When the data shown last changed: the same data always gives the same body (and ETag). */
  generatedAt: string;
}

export type KioskPositionDetailDto = KioskPositionDto & {
  employerAddress: string;
  /** Published fairs, not yet over, where the position is offered. */
  fairs: { id: string; name: string }[];
};

/** Free text for a public screen: no phones, ID numbers, or the employer's contact person. */
export function publicText(r: Pick<PositionRow, 'employer_contact_name'>, text: string): string {
  return redactPersonalData(text, [r.employer_contact_name]);
}

export function toKioskPosition(r: PositionRow, boothNo: string | null): KioskPositionDto {
  const clean = (text: string): string => publicText(r, text);
  return {
    id: r.id,
    title: clean(r.title),
    category: r.category as PositionCategory,
    divisionCode: r.division_code,
    countyName: getDivision(r.division_code)?.name ?? '',
    employerName: clean(r.employer_name),
    boothNo,
    salaryMinFen: r.salary_min_fen,
    salaryMaxFen: r.salary_max_fen,
    openings: Math.max(0, r.headcount - r.filled),
    hours: r.hours as WorkHours,
    requirements: r.requirements === null ? null : clean(r.requirements),
    skills: r.skills.map(clean),
    suitability: r.suitability as Suitability[],
    validTo: r.valid_to,
  };
}
