import { fenToYuanInput } from '@bangfu/client';
import type {
  AreaBand,
  DisabilityGrade,
  DisabilityKind,
  HardshipCategory,
  HardshipCause,
  HealthStatus,
  HousingType,
  MedicalInsurance,
  Relation,
  SchoolStage,
  StandardVersion,
  WorkStatus,
} from '@bangfu/domain';
import { prefectureOf } from '@bangfu/domain';
import type { HouseholdDetail } from '../../api/types';

/** A member as the form holds it: money in 元 as typed, masked values kept for hints only. */
export interface MemberFormValues {
  id?: string;
  idNumberMasked?: string;
  phoneMasked?: string | null;
  name?: string;
  relation?: Relation;
  idNumber?: string;
  ethnicity?: string;
  health?: HealthStatus;
  disabilityKind?: DisabilityKind | null;
  disabilityGrade?: DisabilityGrade | null;
  workStatus?: WorkStatus;
  monthlyIncomeYuan?: string;
  schoolStage?: SchoolStage;
  medicalInsurance?: MedicalInsurance;
  phone?: string;
}

export interface BankFormValues {
  bankName?: string;
  branchName?: string;
  accountNumber?: string;
  accountMasked?: string;
}

export interface HouseholdFormValues {
  orgId?: string;
  /** Cascader value: [prefectureCode, countyCode]. */
  division?: string[];
  address?: string;
  postalCode?: string;
  housingType?: HousingType;
  areaBand?: AreaBand;
  standardVersion?: StandardVersion;
  category?: HardshipCategory;
  mainCause?: HardshipCause;
  secondaryCauses?: HardshipCause[];
  causeNote?: string;
  otherAnnualIncomeYuan?: string;
  unionMember?: boolean;
  unionCardNo?: string;
  employerName?: string;
  singleParent?: boolean;
  zeroEmployment?: boolean;
  selfHelpCapacity?: boolean;
  hasBankAccount?: boolean;
  bankAccount?: BankFormValues;
  members?: MemberFormValues[];
}

export function newMember(relation?: Relation): MemberFormValues {
  return { relation, ethnicity: '汉族', health: 'GOOD', workStatus: undefined, schoolStage: 'NONE' };
}

export function emptyHousehold(orgId: string): HouseholdFormValues {
  return {
    orgId,
    standardVersion: 'ACFTU_2020',
    secondaryCauses: [],
    unionMember: true,
    singleParent: false,
    zeroEmployment: false,
    selfHelpCapacity: false,
    hasBankAccount: false,
    members: [newMember('SELF')],
  };
}

const orEmpty = (v: string | null | undefined): string | undefined => v ?? undefined;

/** The stored file as form values. Sensitive numbers are not on the wire; only their masks are kept. */
export function fromDetail(d: HouseholdDetail): HouseholdFormValues {
  const prefecture = prefectureOf(d.divisionCode);
  return {
    division: prefecture ? [prefecture, d.divisionCode] : [d.divisionCode],
    address: d.address,
    postalCode: orEmpty(d.postalCode),
    housingType: d.housingType,
    areaBand: d.areaBand,
    standardVersion: d.standardVersion,
    category: d.category,
    mainCause: d.mainCause,
    secondaryCauses: [...d.secondaryCauses],
    causeNote: orEmpty(d.causeNote),
    otherAnnualIncomeYuan: fenToYuanInput(d.otherAnnualIncomeFen),
    unionMember: d.unionMember,
    unionCardNo: orEmpty(d.unionCardNo),
    employerName: orEmpty(d.employerName),
    singleParent: d.singleParent,
    zeroEmployment: d.zeroEmployment,
    selfHelpCapacity: d.selfHelpCapacity,
    hasBankAccount: d.bankAccount !== null,
    bankAccount: d.bankAccount
      ? {
          bankName: d.bankAccount.bankName,
          branchName: orEmpty(d.bankAccount.branchName),
          accountMasked: d.bankAccount.accountMasked,
        }
      : undefined,
    members: [...d.members]
      .sort((a, b) => a.seq - b.seq)
      .map((m) => ({
        id: m.id,
        idNumberMasked: m.idNumberMasked,
        phoneMasked: m.phoneMasked,
        name: m.name,
        relation: m.relation,
        ethnicity: m.ethnicity,
        health: m.health,
        disabilityKind: m.disabilityKind,
        disabilityGrade: m.disabilityGrade,
        workStatus: m.workStatus,
        monthlyIncomeYuan: fenToYuanInput(m.monthlyIncomeFen),
        schoolStage: m.schoolStage,
        medicalInsurance: m.medicalInsurance,
      })),
  };
}
