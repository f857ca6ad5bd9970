import type {
  AreaBand,
  DisabilityGrade,
  DisabilityKind,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HouseholdStatus,
  HousingType,
  Industry,
  MedicalInsurance,
  Relation,
  SchoolStage,
  Sex,
  StandardVersion,
  WorkStatus,
} from '@bangfu/domain';

export interface MemberDto {
  id: string;
  seq: number;
  name: string;
  relation: Relation;
  idNumberMasked: string;
  sex: Sex;
  birthDate: string;
  ethnicity: string;
  health: HealthStatus;
  disabilityKind: DisabilityKind | null;
  disabilityGrade: DisabilityGrade | null;
  workStatus: WorkStatus;
  monthlyIncomeFen: number;
  schoolStage: SchoolStage;
  medicalInsurance: MedicalInsurance;
  phoneMasked: string | null;
}

export interface HouseholdDto {
  id: string;
  fileNo: string | null;
  version: number;
  status: HouseholdStatus;
  orgId: string;
  orgName: string;
  divisionCode: string;
  address: string;
  postalCode: string | null;
  housingType: HousingType;
  areaBand: AreaBand;
  standardVersion: StandardVersion;
  category: HardshipCategory;
  mainCause: HardshipCause;
  secondaryCauses: HardshipCause[];
  causeNote: string | null;
  otherAnnualIncomeFen: number;
  monthlyIncomeFen: number;
  unionMember: boolean;
  unionCardNo: string | null;
  employerName: string | null;
  industry: Industry | null;
  singleParent: boolean;
  zeroEmployment: boolean;
  selfHelpCapacity: boolean;
  bankAccount: { bankName: string; branchName: string | null; accountMasked: string } | null;
  members: MemberDto[];
  createdAt: string;
  updatedAt: string;
}

export interface HouseholdSummaryDto {
  id: string;
  fileNo: string | null;
  headName: string;
  headIdMasked: string;
  category: HardshipCategory;
  standardVersion: StandardVersion;
  status: HouseholdStatus;
  mainCause: HardshipCause;
  divisionCode: string;
  orgId: string;
  orgName: string;
  memberCount: number;
  monthlyIncomeFen: number;
  updatedAt: string;
}

export interface HouseholdPage {
  items: HouseholdSummaryDto[];
  nextCursor: string | null;
}

export interface SavedHousehold {
  id: string;
  version: number;
}

/**
 * What the audit log keeps of a household: everything a reviewer needs to see a change, with
 * ID numbers, phones and bank accounts masked (brief §11.4).
 */
export type HouseholdSnapshot = Omit<HouseholdDto, 'orgName' | 'createdAt' | 'updatedAt' | 'version'>;

export function toSnapshot(dto: HouseholdDto): HouseholdSnapshot {
  const { orgName: _o, createdAt: _c, updatedAt: _u, version: _v, ...rest } = dto;
  return rest;
}
