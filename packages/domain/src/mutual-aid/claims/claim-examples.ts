// Builders for tests (not exported from the package): a member and claims with sensible defaults.
import type { AdjudicationMember, Claim } from './claim-schema';

export const yuan = (y: number) => y * 100;

export function aMember(overrides: Partial<AdjudicationMember> = {}): AdjudicationMember {
  return {
    hardship: false,
    enrolledOn: '2015-12-01',
    firstEnrolment: false,
    sex: 'MALE',
    birthDate: '1975-06-15',
    ...overrides,
  };
}

/** A hospital stay in 2016 whose whole self-pay is inside the insurance catalogue. */
export function aStay(planCode: string, selfPayYuan: number, overrides: Partial<Claim> = {}): Claim {
  const selfPayFen = yuan(selfPayYuan);
  return {
    planCode,
    kind: 'INPATIENT',
    eventDate: '2016-05-03',
    admissionDate: '2016-05-03',
    dischargeDate: '2016-05-20',
    submittedOn: '2016-06-01',
    firstDiagnosis: false,
    totalCostFen: selfPayFen * 3,
    basicInsurancePaidFen: selfPayFen * 2,
    selfPayFen,
    policyScopeSelfPayFen: selfPayFen,
    otherUnionAidFen: 0,
    documents: ['ID_CARD', 'DISCHARGE_SUMMARY', 'MEDICAL_INVOICE', 'INSURANCE_SETTLEMENT'],
    ...overrides,
  };
}

export function aDiagnosis(planCode: string, icd10: string, overrides: Partial<Claim> = {}): Claim {
  return {
    planCode,
    kind: 'DIAGNOSIS',
    eventDate: '2016-07-10',
    submittedOn: '2016-07-20',
    icd10,
    firstDiagnosis: true,
    totalCostFen: 0,
    basicInsurancePaidFen: 0,
    selfPayFen: 0,
    policyScopeSelfPayFen: 0,
    otherUnionAidFen: 0,
    documents: ['ID_CARD', 'DIAGNOSIS_CERTIFICATE'],
    ...overrides,
  };
}
