import type { Label } from '../../common/labelled-enum';
import type { DisabilityKind, HealthStatus, SchoolStage, WorkStatus } from '../../household/enums';
import type { PositionCategory, PositionStatus, Suitability, WorkHours } from '../enums';

/** One household member as matching sees them: age already worked out for the business date. */
export interface MatchMember {
  id: string;
  name: string;
  age: number;
  workStatus: WorkStatus;
  health: HealthStatus;
  disabilityKind: DisabilityKind | null;
  schoolStage: SchoolStage;
  /** Skills and training the member holds (e.g. '家政', '厨师'). */
  skills: readonly string[];
}

export interface MatchHousehold {
  /** The county the household lives in. */
  countyCode: string;
  monthlyIncomeFen: number;
  memberCount: number;
  members: readonly MatchMember[];
}

/** The listing fields of a position (employment DTO) that matching reads. */
export interface MatchPosition {
  id: string;
  title: string;
  category: PositionCategory;
  divisionCode: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  hours: WorkHours;
  skills: readonly string[];
  suitability: readonly Suitability[];
  status: PositionStatus;
  validFrom: string;
  validTo: string;
  headcount: number;
  filled: number;
}

/** Why a position ranks where it does, in words a caseworker can read out to the worker. */
export type MatchReasonCode =
  | 'SAME_COUNTY'
  | 'SAME_PREFECTURE'
  | 'SKILL_MATCH'
  | 'SALARY_COVERS_NEED'
  | 'SALARY_MAY_COVER_NEED'
  | 'SALARY_PART_OF_NEED'
  | 'FITS_CARE_HOURS'
  | 'CARE_FRIENDLY'
  | 'DISABILITY_FRIENDLY'
  | 'OLDER_WORKERS';

export interface MatchReason extends Label {
  code: MatchReasonCode;
}

export interface RankedPosition {
  positionId: string;
  /** The member who fits the position best. */
  memberId: string;
  score: number;
  reasons: MatchReason[];
}
