import type { PositionRow } from '@bangfu/db';
import {
  isPositionListed,
  type PositionCategory,
  type PositionStatus,
  type Suitability,
  type WorkHours,
} from '@bangfu/domain';

export interface PositionDto {
  id: string;
  employerId: string;
  employerName: string;
  title: string;
  category: PositionCategory;
  divisionCode: string;
  workAddress: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  headcount: number;
  filled: number;
  hours: WorkHours;
  requirements: string | null;
  skills: string[];
  suitability: Suitability[];
  validFrom: string;
  validTo: string;
  trainingCourseId: string | null;
  status: PositionStatus;
  /** On the public lists as of the business date (isPositionListed). */
  listed: boolean;
  version: number;
  updatedAt: string;
}

type PositionListingRow = Pick<PositionRow, 'status' | 'valid_from' | 'valid_to' | 'headcount' | 'filled'>;

export function isRowListed(r: PositionListingRow, asOf: string): boolean {
  return isPositionListed(
    {
      status: r.status as PositionStatus,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      headcount: r.headcount,
      filled: r.filled,
    },
    asOf,
  );
}

export function toPositionDto(r: PositionRow, asOf: string): PositionDto {
  return {
    id: r.id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    title: r.title,
    category: r.category as PositionCategory,
    divisionCode: r.division_code,
    workAddress: r.work_address,
    salaryMinFen: r.salary_min_fen,
    salaryMaxFen: r.salary_max_fen,
    headcount: r.headcount,
    filled: r.filled,
    hours: r.hours as WorkHours,
    requirements: r.requirements,
    skills: r.skills,
    suitability: r.suitability as Suitability[],
    validFrom: r.valid_from,
    validTo: r.valid_to,
    trainingCourseId: r.training_course_id,
    status: r.status as PositionStatus,
    listed: isRowListed(r, asOf),
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export type PositionSnapshot = Omit<PositionDto, 'employerName' | 'listed' | 'version' | 'updatedAt'>;

/** What the audit log keeps of a position: its own fields, not the derived ones. */
export function positionSnapshot(dto: PositionDto): PositionSnapshot {
  const { employerName: _e, listed: _l, version: _v, updatedAt: _u, ...rest } = dto;
  return rest;
}
